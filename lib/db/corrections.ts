import 'server-only';
import { comparisonTitle } from '../comparisons/view';
import { db } from './client';

export type CorrectionListItem = { id: number; text: string; publishedAt: Date; comparison: { id: number; slug: string; title: string } };

/** Published correction notices, newest first, on published comparisons. Two statements. */
export async function listCorrectionNotices({ page, pageSize }: { page: number; pageSize: number }): Promise<{ items: CorrectionListItem[]; total: number }> {
  const where = { comparison: { status: 'PUBLISHED' as const } };
  const [rows, total] = await Promise.all([
    db.correctionNotice.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      relationLoadStrategy: 'join',
      select: {
        id: true,
        text: true,
        publishedAt: true,
        comparison: { select: { id: true, slug: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } } },
      },
    }),
    db.correctionNotice.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, text: r.text, publishedAt: r.publishedAt, comparison: { id: r.comparison.id, slug: r.comparison.slug, title: comparisonTitle(r.comparison) } })),
    total,
  };
}
