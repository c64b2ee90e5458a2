import 'server-only';
import type { Actor } from '../auth/actor';
import type { RevisionEntity } from '../db/generated/client';
import { getRevisionSnapshots, listRevisions, type RevisionSummary } from '../db/revisions';
import { diffSnapshots, type FieldDiff, type Snapshot } from './diff';

export type RevisionComparison = { from: number; to: number; diffs: FieldDiff[] };
export type RevisionHistoryData = { revisions: RevisionSummary[]; comparison: RevisionComparison | null };

function version(value: string | undefined, versions: number[]): number | undefined {
  const n = Number(value);
  return versions.includes(n) ? n : undefined;
}

/**
 * A history page's data: every revision, newest first, and the field-by-field differences
 * between the two asked for (by default the latest and the one before it).
 */
export async function loadRevisionHistory({
  actor,
  entityType,
  entityId,
  fields,
  from,
  to,
}: {
  actor: Actor;
  entityType: RevisionEntity;
  entityId: number;
  fields: string[];
  from?: string;
  to?: string;
}): Promise<RevisionHistoryData> {
  const revisions = await listRevisions({ actor, entityType, entityId });
  const versions = revisions.map((r) => r.version);
  if (versions.length < 2) return { revisions, comparison: null };
  const target = version(to, versions) ?? versions[0]!;
  const base = version(from, versions) ?? versions.find((v) => v < target) ?? versions[versions.length - 1]!;
  const snapshots = await getRevisionSnapshots({ actor, entityType, entityId, versions: [base, target] });
  const before = (snapshots.get(base)?.snapshot ?? {}) as Snapshot;
  const after = (snapshots.get(target)?.snapshot ?? {}) as Snapshot;
  return { revisions, comparison: { from: base, to: target, diffs: diffSnapshots(before, after, fields) } };
}
