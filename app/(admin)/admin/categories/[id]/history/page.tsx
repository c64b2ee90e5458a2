import Link from 'next/link';
import { RevisionHistory } from '@/components/admin/revision-history';
import { restoreCategoryRevisionAction } from '@/lib/actions/categories';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getCategoryForEdit } from '@/lib/db/admin-categories';
import { loadRevisionHistory } from '@/lib/revisions/history';
import { CATEGORY_FIELD_LABELS } from '@/lib/validation/categories';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; restored?: string }> };

const byId = adminPageById({ permission: 'content:edit', get: getCategoryForEdit, name: (item) => `History of ${item.name}`, fallback: 'Category history' });

export const generateMetadata = byId.generateMetadata;

export default async function CategoryHistoryPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/categories/${rawId}/history` });
  const category = await byId.load(actor, rawId);
  if (!category) return <AdminNotFound what="category" back={{ href: '/admin/categories', label: 'All categories' }} />;
  const { id } = category;
  const query = await searchParams;
  const history = await loadRevisionHistory({ actor, entityType: 'CATEGORY', entityId: id, fields: Object.keys(CATEGORY_FIELD_LABELS), from: query.from, to: query.to });
  return (
    <>
      <p>
        <Link href={`/admin/categories/${id}`}>← Edit {category.name}</Link>
      </p>
      <h1>History of {category.name}</h1>
      <RevisionHistory
        noun="category"
        path={`/admin/categories/${id}/history`}
        history={history}
        currentVersion={category.version}
        labels={CATEGORY_FIELD_LABELS}
        restore={{ action: restoreCategoryRevisionAction, fields: { id: String(id) } }}
        confirmRestore={query.restore}
        restored={query.restored}
      />
    </>
  );
}
