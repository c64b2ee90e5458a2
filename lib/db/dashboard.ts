import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { db } from './client';
import { countOpenReports } from './report-queue';

export type DashboardCounts = { published: number; drafts: number; archived: number; figures: number; openReports: number };

export async function getDashboardCounts({ actor }: { actor: Actor }): Promise<DashboardCounts> {
  assertCan(actor, 'content:edit');
  const [byStatus, figures, openReports] = await Promise.all([
    db.comparison.groupBy({ by: ['status'], _count: { _all: true } }),
    db.figure.count(),
    // The same number as the badge in the admin navigation: each group of reports once.
    countOpenReports({ actor }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return { published: count('PUBLISHED'), drafts: count('DRAFT'), archived: count('ARCHIVED'), figures, openReports };
}
