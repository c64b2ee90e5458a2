import Link from 'next/link';
import { DateTime } from '@/components/admin/comparisons/date-time';
import { RestoreForm } from '@/components/admin/comparisons/restore-form';
import { RevisionDiff } from '@/components/admin/comparisons/revision-diff';
import type { Actor } from '@/lib/auth/actor';
import { adminPageByIds } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonHeader } from '@/lib/db/admin-comparisons';
import { getRevisionSnapshots } from '@/lib/db/revisions';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string; version: string }> };

/** The comparison, and the version asked for (`old`, absent when it has none such) with the current one. */
const byIds = adminPageByIds({
  permission: 'content:edit',
  get: async ({ actor, ids: { id, version } }: { actor: Actor; ids: Record<'id' | 'version', number> }) => {
    const comparison = await getComparisonHeader({ actor, id });
    if (!comparison) return null;
    const snapshots = await getRevisionSnapshots({ actor, entityType: 'COMPARISON', entityId: comparison.id, versions: [version, comparison.version] });
    return { comparison, revision: version, old: snapshots.get(version), current: snapshots.get(comparison.version) };
  },
  name: ({ comparison, revision, old }) => (old ? `Version ${revision} of ${comparison.title}` : 'Not found'),
  fallback: 'Restore a version',
});

export const generateMetadata = byIds.generateMetadata;

/** One old version: what restoring it would change, and the confirmation to do it. */
export default async function RestoreRevisionPage({ params }: Props) {
  const { id: rawId, version: rawVersion } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/comparisons/${rawId}/history/${rawVersion}` });
  const found = await byIds.load(actor, { id: rawId, version: rawVersion });
  if (!found) return <AdminNotFound what="comparison version" back={{ href: '/admin/comparisons', label: 'All comparisons' }} />;
  const { comparison, revision, old, current } = found;
  if (!old) return <AdminNotFound what="such version of this comparison" back={{ href: `/admin/comparisons/${comparison.id}/history`, label: `History of ${comparison.title}` }} />;
  const history = `/admin/comparisons/${comparison.id}/history`;

  return (
    <>
      <p>
        <Link href={history}>← History of {comparison.title}</Link>
      </p>
      <h1>
        Version {revision} of {comparison.title}
      </h1>
      <p>
        Saved <DateTime date={old.createdAt} /> by {old.author?.name ?? 'a deleted user'}
        {old.message ? <>: “{old.message}”</> : null}.
      </p>
      {revision === comparison.version ? (
        <p>This is the current version.</p>
      ) : (
        <>
          <h2>What restoring changes</h2>
          <p>
            Restoring saves this version’s content as a new version {comparison.version + 1}; the current version {comparison.version} and every other stays in
            the history. The status stays as it is, so restoring never publishes or unpublishes the page.
          </p>
          {current ? <RevisionDiff before={readSnapshot(current.snapshot)} after={{ ...readSnapshot(old.snapshot), status: readSnapshot(current.snapshot).status }} /> : null}
          <h2>Restore version {revision}?</h2>
          <RestoreForm id={comparison.id} version={comparison.version} revision={revision} cancelHref={history} />
        </>
      )}
    </>
  );
}
