import Link from 'next/link';
import styles from '@/components/admin/categories/categories.module.css';
import { CategoryForm } from '@/components/admin/categories/category-form';
import { ConfirmDeleteForm } from '@/components/admin/confirm-delete-form';
import { deleteCategoryAction } from '@/lib/actions/categories';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getCategoryForEdit } from '@/lib/db/admin-categories';
import { keptFormState } from '@/lib/kept-forms';
import { savedNotice } from '@/lib/actions/result';
import { lastValue, type Param } from '@/lib/url-params';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: Param; kept?: Param }> };

const byId = adminPageById({ permission: 'content:edit', get: getCategoryForEdit, name: (category) => `Edit ${category.name}`, fallback: 'Edit category' });

export const generateMetadata = byId.generateMetadata;

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/categories/${rawId}`, keptField: 'name' });
  const category = await byId.load(actor, rawId);
  if (!category) return <AdminNotFound what="category" back={{ href: '/admin/categories', label: 'All categories' }} />;
  const { id } = category;
  const query = await searchParams;
  const saved = lastValue(query.saved);
  const kept = await keptFormState({ kept: query.kept, path: `/admin/categories/${rawId}`, field: 'name', actor });
  const { usage } = category;
  return (
    <>
      <p>
        <Link href="/admin/categories">← All categories</Link>
      </p>
      <h1>{category.name}</h1>
      <p>
        <a href={`/categories/${category.slug}`}>Public page</a> · <Link href={`/admin/categories/${id}/history`}>History (version {category.version})</Link>
      </p>
      {/* Keyed by the save that led here (?saved={version}), not by the stored version: a form
          refused for a conflict keeps its instance, and so its state (the typed input and the
          conflict), also when the page comes back without JavaScript. */}
      <CategoryForm
        key={saved ?? ''}
        category={category}
        initial={kept ?? savedNotice(saved && (saved === 'created' ? 'Created. It shows on the home page once a published comparison is filed under it.' : 'Saved. The public pages show it now.'))}
      />

      <section className={styles.danger} aria-labelledby="category-usage">
        <h2 id="category-usage">Comparisons filed under it</h2>
        {usage.length === 0 ? (
          <>
            <p>None, so it can be deleted. Its page at /categories/{category.slug} then answers “not found”.</p>
            <ConfirmDeleteForm action={deleteCategoryAction} id={category.id} version={category.version} confirmLabel={`Yes, delete “${category.name}”`} submitLabel="Delete category" />
          </>
        ) : (
          <>
            <p>
              {usage.length === 1 ? 'One comparison is' : `${usage.length} comparisons are`} filed under “{category.name}”. To delete the category, remove it from{' '}
              {usage.length === 1 ? 'that comparison' : 'them'} first.
            </p>
            <ul>
              {usage.map((c) => (
                <li key={c.id}>
                  <a href={`/admin/comparisons/${c.id}`}>{c.title}</a> ({c.status.toLowerCase()})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
