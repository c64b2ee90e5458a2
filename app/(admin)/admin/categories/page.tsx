import type { Metadata } from 'next';
import Link from 'next/link';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePageActor } from '@/lib/auth/session';
import { listCategoriesForAdmin } from '@/lib/db/admin-categories';
import { textParam } from '@/lib/url-params';

export const metadata: Metadata = { title: 'Categories' };

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function CategoriesPage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/categories' });
  const [categories, params] = await Promise.all([listCategoriesForAdmin({ actor }), searchParams]);
  // The delete action's notice, from the address: shown only when no category has that name.
  const named = textParam(params.deleted);
  const deleted = categories.some((c) => c.name === named) ? '' : named;
  return (
    <>
      <h1>Categories</h1>
      {deleted ? (
        <p className="form-message form-message-ok" role="status">
          The category “{deleted}” was deleted.
        </p>
      ) : null}
      <p>Readers browse comparisons by category, from the home page and /categories/slug. File a comparison under categories on its edit page.</p>
      <p>
        <Link href="/admin/categories/new" className="button">
          New category
        </Link>
      </p>
      <TableScroll label="Categories">
        <table className="data-table">
          <caption className="visually-hidden">Categories</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Comparisons</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={`/admin/categories/${c.id}`}>{c.name}</a>
                </th>
                <td>{c.slug}</td>
                <td>{c.comparisons}</td>
                <td>{c.published}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
