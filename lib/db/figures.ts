import 'server-only';
import { toComparisonCard, type ComparisonCard } from '../comparisons/view';
import { isSlug } from '../comparisons/slug';
import { db } from './client';
import type { FigureKind, Prisma } from './generated/client';
import { comparisonCardSelect, factSelect, figurePhotoSelect } from './selects';
import { toFigureSide, type FigureSide } from './figure-side';

export type FigurePage = FigureSide & {
  updatedAt: Date;
  facts: {
    attribute: { id: number; slug: string; label: string; description: string };
    value: string;
    sourceUrl: string | null;
    note: string | null;
    verifiedAt: Date | null;
  }[];
  comparisons: ComparisonCard[];
};

const figurePageSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  description: true,
  updatedAt: true,
  ...figurePhotoSelect,
  facts: { select: { ...factSelect, attribute: { select: { id: true, slug: true, label: true, description: true } } } },
  comparisonsAsA: { where: { status: 'PUBLISHED' }, select: comparisonCardSelect },
  comparisonsAsB: { where: { status: 'PUBLISHED' }, select: comparisonCardSelect },
} satisfies Prisma.FigureSelect;

/** A figure with every fact and every published comparison it is in. One SQL statement. */
export async function getFigurePage({ slug }: { slug: string }): Promise<FigurePage | null> {
  if (!isSlug(slug)) return null;
  const row = await db.figure.findUnique({ where: { slug }, relationLoadStrategy: 'join', select: figurePageSelect });
  if (!row) return null;
  const comparisons = [...row.comparisonsAsA, ...row.comparisonsAsB]
    .sort((x, y) => (y.publishedAt?.getTime() ?? 0) - (x.publishedAt?.getTime() ?? 0))
    .map(toComparisonCard);
  return {
    ...toFigureSide(row),
    updatedAt: row.updatedAt,
    facts: row.facts
      .map((f) => ({ attribute: f.attribute, value: f.value, sourceUrl: f.sourceUrl, note: f.note, verifiedAt: f.verifiedAt }))
      .sort((x, y) => x.attribute.label.localeCompare(y.attribute.label)),
    comparisons,
  };
}

/** The current slug of a figure that used to be called `slug`, if any. */
export async function getRenamedFigureSlug({ slug }: { slug: string }): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const row = await db.figureSlugRedirect.findUnique({ where: { slug }, select: { figure: { select: { slug: true } } } });
  return row?.figure.slug ?? null;
}

/** Every figure with the time its page last changed: the figure or one of its facts. */
export async function listFiguresForSitemap(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
    SELECT fi.slug, GREATEST(fi.updated_at, max(f.updated_at)) AS "updatedAt"
      FROM figures fi
      LEFT JOIN facts f ON f.figure_id = fi.id
     GROUP BY fi.id
     ORDER BY fi.id`;
}

export type FigureListItem = { id: number; slug: string; name: string; kind: FigureKind; comparisons: number };

/** Every figure, by name, with how many published comparisons it is in: the /figures index. One SQL statement. */
export async function listFigures(): Promise<FigureListItem[]> {
  const rows = await db.figure.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      _count: { select: { comparisonsAsA: { where: { status: 'PUBLISHED' } }, comparisonsAsB: { where: { status: 'PUBLISHED' } } } },
    },
  });
  return rows.map(({ _count, ...figure }) => ({ ...figure, comparisons: _count.comparisonsAsA + _count.comparisonsAsB }));
}
