import Link from 'next/link';
import { CompareForm } from '@/components/admin/comparisons/compare-form';
import { ComparisonLinks } from '@/components/admin/comparisons/comparison-links';
import { RevisionDiff } from '@/components/admin/comparisons/revision-diff';
import { RevisionTable } from '@/components/admin/comparisons/revision-table';
import { adminPageById } from '@/lib/auth/page-title';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { positiveInt } from '@/lib/url-params';
import { readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonHeader } from '@/lib/db/admin-comparisons';
import { getRevisionSnapshots, listRevisions } from '@/lib/db/revisions';
import { AdminNotFound } from '@/components/admin/admin-not-found';

const byId = adminPageById({ permission: 'content:edit', get: getComparisonHeader, name: (item) => `History of ${item.title}`, fallback: 'Comparison history' });

export const generateMetadata = byId.generateMetadata;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparisonHistoryPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/comparisons/${raw}/history` });
  const comparison = await byId.load(actor, raw);
  if (!comparison) return <AdminNotFound what="comparison" back={{ href: '/admin/comparisons', label: 'All comparisons' }} />;
  const query = await searchParams;
  const revisions = await listRevisions({ actor, entityType: 'COMPARISON', entityId: comparison.id });
  const versions = revisions.map((r) => r.version);
  const pick = (value: number | null, fallback: number | undefined) => (value && versions.includes(value) ? value : fallback);
  const to = pick(positiveInt(query.to), versions[0]);
  const from = pick(positiveInt(query.from), versions[1] ?? versions[0]);
  const snapshots = from && to ? await getRevisionSnapshots({ actor, entityType: 'COMPARISON', entityId: comparison.id, versions: [from, to] }) : new Map();
  const before = from ? snapshots.get(from) : undefined;
  const after = to ? snapshots.get(to) : undefined;
  const restored = positiveInt(query.restored);
  const base = `/admin/comparisons/${comparison.id}/history`;

  return (
    <>
      <p>
        <Link href="/admin/comparisons">← All comparisons</Link>
      </p>
      <h1>History: {comparison.title}</h1>
      {restored ? (
        <p className="form-message form-message-ok" role="status">
          Version {restored} was restored as version {comparison.version}. Nothing was lost: every earlier version is still listed below.
        </p>
      ) : null}
      <ComparisonLinks id={comparison.id} slug={comparison.slug} status={comparison.status} canPreview={can(actor.role, 'drafts:preview')} current="history" />

      <h2>Compare two versions</h2>
      {before && after && from && to ? (
        <>
          <CompareForm action={base} versions={versions} from={from} to={to} />
          <p>
            <strong>
              Changes from version {from} to version {to}:
            </strong>
          </p>
          <RevisionDiff before={readSnapshot(before.snapshot)} after={readSnapshot(after.snapshot)} />
        </>
      ) : (
        <p>There is nothing to compare yet.</p>
      )}

      <h2>All versions</h2>
      <RevisionTable comparisonId={comparison.id} currentVersion={comparison.version} revisions={revisions} />
    </>
  );
}
