import type { Metadata } from 'next';
import Link from 'next/link';
import { DateTime } from '@/components/admin/comparisons/date-time';
import { RestoreForm } from '@/components/admin/comparisons/restore-form';
import { RevisionDiff } from '@/components/admin/comparisons/revision-diff';
import { requirePageActor } from '@/lib/auth/session';
import { positiveInt } from '@/lib/url-params';
import { readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonHeader } from '@/lib/db/admin-comparisons';
import { getRevisionSnapshots } from '@/lib/db/revisions';
import { AdminNotFound } from '@/components/admin/admin-not-found';

export const metadata: Metadata = { title: 'Restore a version' };

type Props = { params: Promise<{ id: string; version: string }> };

/** One old version: what restoring it would change, and the confirmation to do it. */
export default async function RestoreRevisionPage({ params }: Props) {
  const { id: rawId, version: rawVersion } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/comparisons/${rawId}/history/${rawVersion}` });
  const id = positiveInt(rawId);
  const revision = positiveInt(rawVersion);
  const comparison = id ? await getComparisonHeader({ actor, id }) : null;
  if (!comparison || !revision) return <AdminNotFound what="comparison version" back={{ href: '/admin/comparisons', label: 'All comparisons' }} />;
  const snapshots = await getRevisionSnapshots({ actor, entityType: 'COMPARISON', entityId: comparison.id, versions: [revision, comparison.version] });
  const old = snapshots.get(revision);
  const current = snapshots.get(comparison.version);
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
