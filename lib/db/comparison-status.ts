import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { STATUS_LABELS } from '../comparisons/snapshot';
import { AppError } from '../errors';
import { recordAuditEvent } from './audit';
import { db } from './client';
import { conflictError, readSnapshotRow, toSnapshot, toTarget, TX_OPTIONS, unrecordedState, type ComparisonTarget } from './comparison-snapshots';
import type { ComparisonStatus } from './generated/client';
import { recordRevision } from './revisions';
import { ensureBaselineRevision } from './versioned-save';

// Publishing, unpublishing and archiving: versioned saves of the status, each a revision and
// an audit event. Callers revalidate the returned target after commit.

const STATUS_EVENTS: Record<ComparisonStatus, (from: ComparisonStatus) => string> = {
  PUBLISHED: () => 'comparison.published',
  DRAFT: (from) => (from === 'ARCHIVED' ? 'comparison.unarchived' : 'comparison.unpublished'),
  ARCHIVED: () => 'comparison.archived',
};

const STATUS_MESSAGES: Record<ComparisonStatus, string> = { PUBLISHED: 'Published', DRAFT: 'Moved to drafts', ARCHIVED: 'Archived' };

/**
 * Publishes (keeping the first publication date), unpublishes or archives, based on the
 * version the editor saw: publishing never puts text online that the editor has not seen.
 */
export async function setComparisonStatus({ actor, id, version, status }: { actor: Actor; id: number; version: number; status: ComparisonStatus }): Promise<ComparisonTarget> {
  assertCan(actor, 'content:publish');
  return db.$transaction(async (tx) => {
    const current = await tx.comparison.findUnique({ where: { id }, select: { status: true, publishedAt: true, summary: true, version: true } });
    if (!current) throw new AppError('NOT_FOUND', 'This comparison no longer exists.');
    if (current.status === status && current.version === version) return toTarget(await readSnapshotRow(tx, id));
    if (status === 'PUBLISHED' && !current.summary.trim()) {
      throw new AppError('VALIDATION', 'Write a summary before publishing: it is the first thing readers see.');
    }
    // A comparison from before revisions were recorded (the demo content): its state first, as version `version`.
    const baseline = await unrecordedState(tx, id, version);
    const { count } = await tx.comparison.updateMany({
      where: { id, version },
      data: { status, ...(status === 'PUBLISHED' && !current.publishedAt ? { publishedAt: new Date() } : {}), version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, id, `changing its status to “${STATUS_LABELS[status]}”`, 'Look at their changes, then choose again.');
    if (baseline) await ensureBaselineRevision(tx, { entityType: 'COMPARISON', entityId: id, version, snapshot: baseline });
    const row = await readSnapshotRow(tx, id);
    await recordRevision(tx, { entityType: 'COMPARISON', entityId: id, version: row.version, snapshot: toSnapshot(row), author: actor, message: STATUS_MESSAGES[status] });
    await recordAuditEvent(
      { actor, action: STATUS_EVENTS[status](current.status), targetType: 'comparison', targetId: id, ip: actor.ip, details: { from: current.status, to: status, version: row.version } },
      tx,
    );
    return toTarget(row);
  }, TX_OPTIONS);
}
