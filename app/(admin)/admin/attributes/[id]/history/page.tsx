import Link from 'next/link';
import { RevisionHistory } from '@/components/admin/revision-history';
import { restoreAttributeRevisionAction } from '@/lib/actions/attributes';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getAttributeForEdit } from '@/lib/db/attributes';
import { loadRevisionHistory } from '@/lib/revisions/history';
import { ATTRIBUTE_FIELD_LABELS } from '@/lib/validation/attributes';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; restored?: string }> };

const byId = adminPageById({ permission: 'content:edit', get: getAttributeForEdit, name: (item) => `History of ${item.label}`, fallback: 'Attribute history' });

export const generateMetadata = byId.generateMetadata;

export default async function AttributeHistoryPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/attributes/${rawId}/history` });
  const attribute = await byId.load(actor, rawId);
  if (!attribute) return <AdminNotFound what="attribute" back={{ href: '/admin/attributes', label: 'All attributes' }} />;
  const { id } = attribute;
  const query = await searchParams;
  const history = await loadRevisionHistory({ actor, entityType: 'ATTRIBUTE', entityId: id, fields: Object.keys(ATTRIBUTE_FIELD_LABELS), from: query.from, to: query.to });
  return (
    <>
      <p>
        <Link href={`/admin/attributes/${id}`}>← Edit {attribute.label}</Link>
      </p>
      <h1>History of {attribute.label}</h1>
      <RevisionHistory
        noun="attribute"
        path={`/admin/attributes/${id}/history`}
        history={history}
        currentVersion={attribute.version}
        labels={ATTRIBUTE_FIELD_LABELS}
        restore={{ action: restoreAttributeRevisionAction, fields: { id: String(id) } }}
        confirmRestore={query.restore}
        restored={query.restored}
      />
    </>
  );
}
