import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonTitle } from '../comparisons/view';
import { ageRange, QUEUE_STATUSES, type QueueFilters } from '../reports/queue-filters';
import { targetLabel } from '../reports/target';
import { db } from './client';
import type { Prisma, ReportStatus } from './generated/client';

// The editors' queue of readers' reports. A report grouped with an earlier one (same target,
// same suggestion: duplicate_of_id) and decided the same way is shown once, on the earlier
// report, with the count of readers. Spam is left out unless asked for.

export const QUEUE_PAGE_SIZE = 25;

/**
 * Reports that head their group for `statuses`: not grouped, or grouped under a report whose
 * status differs (decided separately, or grouped while the first was being decided).
 */
function headsWhere(statuses: readonly ReportStatus[]): Prisma.ReportWhereInput {
  return { OR: statuses.map((status) => ({ status, OR: [{ duplicateOfId: null }, { duplicateOf: { is: { status: { not: status } } } }] })) };
}

/** The badge in the admin navigation: open reports, each group counted once. One count. */
export async function countOpenReports({ actor }: { actor: Actor }): Promise<number> {
  assertCan(actor, 'reports:decide');
  return db.report.count({ where: headsWhere(['OPEN']) });
}

export type QueueItem = {
  id: number;
  status: ReportStatus;
  createdAt: Date;
  message: string;
  suggestedValue: string | null;
  target: string;
  comparison: { id: number; title: string; slug: string };
  /** Readers who reported this: the report and those grouped with it. */
  readers: number;
};

export type ReportQueue = { items: QueueItem[]; total: number; page: number; totalPages: number };

const EXCERPT = 240;

export async function listReportQueue({ actor, filters, pageSize = QUEUE_PAGE_SIZE, now = Date.now() }: { actor: Actor; filters: QueueFilters; pageSize?: number; now?: number }): Promise<ReportQueue> {
  assertCan(actor, 'reports:decide');
  const statuses = filters.status === 'all' ? QUEUE_STATUSES.filter((s) => s !== 'SPAM') : [filters.status];
  const age = ageRange(filters.age, now);
  const where: Prisma.ReportWhereInput = {
    AND: [
      headsWhere(statuses),
      filters.comparisonId ? { comparisonId: filters.comparisonId } : {},
      filters.target === 'row' ? { rowId: { not: null } } : filters.target === 'section' ? { sectionId: { not: null } } : filters.target === 'page' ? { rowId: null, sectionId: null } : {},
      age.gte || age.lt ? { createdAt: age } : {},
    ],
  };
  const total = await db.report.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), totalPages);
  const rows = await db.report.findMany({
    where,
    // Oldest first; the id breaks ties so pages never overlap or skip.
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    relationLoadStrategy: 'join',
    select: {
      id: true,
      status: true,
      createdAt: true,
      message: true,
      suggestedValue: true,
      side: true,
      row: { select: { attribute: { select: { label: true } } } },
      section: { select: { heading: true } },
      comparison: { select: { id: true, slug: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } } },
    },
  });
  const groups = rows.length
    ? await db.report.groupBy({ by: ['duplicateOfId', 'status'], where: { duplicateOfId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
    : [];
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      message: r.message.length > EXCERPT ? `${r.message.slice(0, EXCERPT)}…` : r.message,
      suggestedValue: r.suggestedValue,
      target: targetLabel(r),
      comparison: { id: r.comparison.id, slug: r.comparison.slug, title: comparisonTitle(r.comparison) },
      readers: 1 + (groups.find((g) => g.duplicateOfId === r.id && g.status === r.status)?._count._all ?? 0),
    })),
    total,
    page,
    totalPages,
  };
}

/** The comparisons that have reports, for the queue's comparison filter. */
export async function listReportedComparisons({ actor }: { actor: Actor }): Promise<{ id: number; title: string }[]> {
  assertCan(actor, 'reports:decide');
  const rows = await db.comparison.findMany({
    where: { reports: { some: {} } },
    orderBy: { slug: 'asc' },
    select: { id: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: comparisonTitle(r) })).sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
