import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { listAttributes } from '@/lib/db/attributes';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Attributes' };

export default async function AttributesPage() {
  const actor = await requirePageActor('content:edit', { from: '/admin/attributes' });
  const attributes = await listAttributes({ actor });
  return (
    <>
      <h1>Attributes</h1>
      <p>The rows of comparison tables. A new label shows on every page using the attribute as soon as it is saved.</p>
      <p>
        <Link href="/admin/attributes/new" className="button">
          New attribute
        </Link>
      </p>
      <TableScroll label="Attributes">
        <table className="data-table">
          <caption className="visually-hidden">Attributes</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Slug</th>
              <th scope="col">Facts</th>
              <th scope="col">Comparisons</th>
            </tr>
          </thead>
          <tbody>
            {attributes.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <a href={`/admin/attributes/${a.id}`}>{a.label}</a>
                </th>
                <td>{a.slug}</td>
                <td>{a.facts}</td>
                <td>{a.comparisons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
