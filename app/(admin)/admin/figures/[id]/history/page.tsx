import Link from 'next/link';
import { RevisionHistory } from '@/components/admin/revision-history';
import { restoreFigureRevisionAction } from '@/lib/actions/figures';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getFigureForEdit } from '@/lib/db/admin-figures';
import { loadRevisionHistory } from '@/lib/revisions/history';
import { FIGURE_FIELD_LABELS } from '@/lib/validation/figures';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; restore?: string; restored?: string }> };

const byId = adminPageById({ permission: 'content:edit', get: getFigureForEdit, name: (item) => `History of ${item.name}`, fallback: 'Figure history' });

export const generateMetadata = byId.generateMetadata;

export default async function FigureHistoryPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/figures/${rawId}/history` });
  const figure = await byId.load(actor, rawId);
  if (!figure) return <AdminNotFound what="figure" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const { id } = figure;
  const query = await searchParams;
  const history = await loadRevisionHistory({ actor, entityType: 'FIGURE', entityId: id, fields: Object.keys(FIGURE_FIELD_LABELS), from: query.from, to: query.to });
  return (
    <>
      <p>
        <Link href={`/admin/figures/${id}`}>← Edit {figure.name}</Link>
      </p>
      <h1>History of {figure.name}</h1>
      <RevisionHistory
        noun="figure"
        path={`/admin/figures/${id}/history`}
        history={history}
        currentVersion={figure.version}
        labels={FIGURE_FIELD_LABELS}
        restore={{ action: restoreFigureRevisionAction, fields: { id: String(id) } }}
        confirmRestore={query.restore}
        restored={query.restored}
      />
    </>
  );
}
