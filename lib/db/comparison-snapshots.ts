import 'server-only';
import { comparisonTexts, type ComparisonSnapshot } from '../comparisons/snapshot';
import { AppError } from '../errors';
import type { Prisma } from './generated/client';

// What every comparison save shares: the snapshot a revision stores, the target the caller
// revalidates, and the conflict refusal when the version moved on (comparison-saves.ts,
// comparison-status.ts).

export type Tx = Prisma.TransactionClient;

/** What revalidateComparison needs: both old and new categories, so lists drop it too. */
export type ComparisonTarget = {
  id: number;
  slug: string;
  version: number;
  figureA: { id: number; slug: string };
  figureB: { id: number; slug: string };
  categoryIds: number[];
};

// Twenty editors saving at once queue for a pooled connection; wait for one rather than fail.
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export const snapshotSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  introduction: true,
  conclusion: true,
  status: true,
  version: true,
  figureA: { select: { id: true, slug: true, name: true } },
  figureB: { select: { id: true, slug: true, name: true } },
  rows: { orderBy: { position: 'asc' }, select: { attribute: { select: { id: true, slug: true, label: true } } } },
  sections: { orderBy: { position: 'asc' }, select: { heading: true, body: true } },
  categories: { orderBy: { category: { name: 'asc' } }, select: { category: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.ComparisonSelect;

type SnapshotRow = Prisma.ComparisonGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): ComparisonSnapshot {
  return {
    slug: row.slug,
    figureA: row.figureA.slug,
    figureB: row.figureB.slug,
    title: row.title,
    summary: row.summary,
    introduction: row.introduction,
    conclusion: row.conclusion,
    rows: row.rows.map((r) => ({ attributeId: r.attribute.id, attribute: r.attribute.slug, label: r.attribute.label })),
    sections: row.sections,
    categories: row.categories.map((c) => c.category),
    status: row.status,
  };
}

export function toTarget(row: SnapshotRow, extraCategoryIds: number[] = []): ComparisonTarget {
  const categoryIds = [...new Set([...extraCategoryIds, ...row.categories.map((c) => c.category.id)])];
  return { id: row.id, slug: row.slug, version: row.version, figureA: row.figureA, figureB: row.figureB, categoryIds };
}

export async function readSnapshotRow(tx: Tx, id: number): Promise<SnapshotRow> {
  return tx.comparison.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
}

/**
 * The refusal when the version moved on: what the comparison holds now, field by field, and
 * who saved it, so the editor can merge with the input the form kept.
 */
/**
 * The refusal of a save or status change made on an old version. `then` says what to do next:
 * the edit form shows their version beside the editor's input to merge; a status button only
 * links to the page again.
 */
export async function conflictError(tx: Tx, id: number, action: string, then = 'Their version is shown next to your input: merge the two, then save again.'): Promise<AppError> {
  const row = await tx.comparison.findUnique({ where: { id }, select: snapshotSelect });
  if (!row) return new AppError('NOT_FOUND', 'This comparison no longer exists.');
  const last = await tx.revision.findFirst({
    where: { entityType: 'COMPARISON', entityId: id },
    orderBy: { version: 'desc' },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const who = last?.author?.name ?? 'Someone else';
  return new AppError('CONFLICT', `${who} changed this comparison while you were editing it, so ${action} was refused. ${then}`, {
    conflict: { version: row.version, theirs: comparisonTexts(toSnapshot(row)), changedBy: last?.author?.name ?? null, changedAt: last?.createdAt.toISOString() ?? null },
  });
}

/**
 * The state of a comparison that has no revision for `version` (one created before revisions
 * existed, like the demo data), to record with ensureBaselineRevision once the save's version
 * check passed, as figures, facts, attributes and categories do; null when there is nothing
 * to record. Read before anything is written, in the save's transaction.
 */
export async function unrecordedState(tx: Tx, id: number, version: number): Promise<ComparisonSnapshot | null> {
  const recorded = await tx.revision.findUnique({ where: { entityType_entityId_version: { entityType: 'COMPARISON', entityId: id, version } }, select: { id: true } });
  if (recorded) return null;
  const row = await tx.comparison.findUnique({ where: { id }, select: snapshotSelect });
  // Another version is stored: the save is refused as a conflict, and records nothing.
  return row?.version === version ? toSnapshot(row) : null;
}
