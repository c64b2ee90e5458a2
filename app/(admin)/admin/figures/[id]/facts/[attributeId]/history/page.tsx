import Link from 'next/link';
import { RevisionHistory } from '@/components/admin/revision-history';
import { restoreFactRevisionAction } from '@/lib/actions/facts';
import type { Actor } from '@/lib/auth/actor';
import { adminPageByIds } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getFactEditor } from '@/lib/db/facts';
import { loadRevisionHistory } from '@/lib/revisions/history';
import { FACT_FIELD_LABELS } from '@/lib/validation/facts';
import { AdminNotFound } from '@/components/admin/admin-not-found';

// A figure's attribute with no fact yet has no history: not found.
const byIds = adminPageByIds({
  permission: 'content:edit',
  get: ({ actor, ids }: { actor: Actor; ids: Record<'id' | 'attributeId', number> }) => getFactEditor({ actor, figureId: ids.id, attributeId: ids.attributeId }),
  name: ({ attribute, figure, fact }) => (fact ? `History of ${attribute.label} of ${figure.name}` : 'Not found'),
  fallback: 'Fact history',
});

export const generateMetadata = byIds.generateMetadata;

type Props = { params: Promise<{ id: string; attributeId: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; restored?: string }> };

export default async function FactHistoryPage({ params, searchParams }: Props) {
  const { id: rawId, attributeId: rawAttributeId } = await params;
  const path = `/admin/figures/${rawId}/facts/${rawAttributeId}/history`;
  const actor = await requirePageActor('content:edit', { from: path });
  const editor = await byIds.load(actor, { id: rawId, attributeId: rawAttributeId });
  if (!editor?.fact) return <AdminNotFound what="fact" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const { figure, attribute, fact } = editor;
  const query = await searchParams;
  const history = await loadRevisionHistory({ actor, entityType: 'FACT', entityId: fact.id, fields: Object.keys(FACT_FIELD_LABELS), from: query.from, to: query.to });
  return (
    <>
      <p>
        <Link href={`/admin/figures/${figure.id}/facts/${attribute.id}`}>
          ← Edit {attribute.label} of {figure.name}
        </Link>
      </p>
      <h1>
        History of {attribute.label} of {figure.name}
      </h1>
      <RevisionHistory
        noun="fact"
        path={path}
        history={history}
        currentVersion={fact.version}
        labels={FACT_FIELD_LABELS}
        restore={{ action: restoreFactRevisionAction, fields: { id: String(fact.id) } }}
        confirmRestore={query.restore}
        restored={query.restored}
      />
    </>
  );
}
