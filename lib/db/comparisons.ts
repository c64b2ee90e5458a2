// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { comparisonTitle, latestDate, toComparisonCard, type ComparisonCard } from '../comparisons/view';
import { isSlug, pairKey, splitComparisonSlug } from '../comparisons/slug';
import { db } from './client';
import type { ComparisonStatus, FigureKind, Prisma } from './generated/client';
import { comparisonCardSelect, factSelect, figurePhotoSelect } from './selects';
import { toFigureSide, type FigureSide } from './figure-side';

export type FactView = { value: string; sourceUrl: string | null; note: string | null; verifiedAt: Date | null };
export type TableRow = {
  id: number;
  attribute: { id: number; slug: string; label: string; description: string };
  a: FactView | null;
  b: FactView | null;
};

export type ComparisonPage = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  introduction: string;
  conclusion: string;
  status: ComparisonStatus;
  publishedAt: Date | null;
  /** The latest change to the comparison or any fact in its table. */
  updatedAt: Date;
  figureA: FigureSide;
  figureB: FigureSide;
  rows: TableRow[];
  sections: { id: number; heading: string; body: string }[];
  categories: { id: number; slug: string; name: string }[];
  corrections: { id: number; text: string; publishedAt: Date }[];
};

const sideSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  description: true,
  ...figurePhotoSelect,
  facts: { select: factSelect },
} satisfies Prisma.FigureSelect;

const pageSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  introduction: true,
  conclusion: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  figureA: { select: sideSelect },
  figureB: { select: sideSelect },
  rows: {
    orderBy: { position: 'asc' },
    select: { id: true, attribute: { select: { id: true, slug: true, label: true, description: true, updatedAt: true } } },
  },
  sections: { orderBy: { position: 'asc' }, select: { id: true, heading: true, body: true } },
  categories: { select: { category: { select: { id: true, slug: true, name: true } } } },
  correctionNotices: { orderBy: { publishedAt: 'desc' }, select: { id: true, text: true, publishedAt: true } },
} satisfies Prisma.ComparisonSelect;

type PageRow = Prisma.ComparisonGetPayload<{ select: typeof pageSelect }>;
type FactRow = PageRow['figureA']['facts'][number];

function factView(fact: FactRow | undefined): FactView | null {
  return fact ? { value: fact.value, sourceUrl: fact.sourceUrl, note: fact.note, verifiedAt: fact.verifiedAt } : null;
}

/**
 * Everything a comparison page shows, in one SQL statement (relation joins).
 * Unpublished comparisons are returned only when `includeUnpublished` (admin preview).
 */
export async function getComparisonPage({
  slug,
  includeUnpublished = false,
}: {
  slug: string;
  includeUnpublished?: boolean;
}): Promise<ComparisonPage | null> {
  if (!isSlug(slug)) return null;
  const row = await db.comparison.findUnique({ where: { slug }, relationLoadStrategy: 'join', select: pageSelect });
  if (!row || (!includeUnpublished && row.status !== 'PUBLISHED')) return null;
  const factsA = new Map(row.figureA.facts.map((f) => [f.attributeId, f]));
  const factsB = new Map(row.figureB.facts.map((f) => [f.attributeId, f]));
  const rows = row.rows.map((r) => ({
    id: r.id,
    attribute: { id: r.attribute.id, slug: r.attribute.slug, label: r.attribute.label, description: r.attribute.description },
    a: factView(factsA.get(r.attribute.id)),
    b: factView(factsB.get(r.attribute.id)),
  }));
  const shownFacts = row.rows.flatMap((r) => [factsA.get(r.attribute.id)?.updatedAt, factsB.get(r.attribute.id)?.updatedAt]);
  return {
    id: row.id,
    slug: row.slug,
    title: comparisonTitle(row),
    summary: row.summary,
    introduction: row.introduction,
    conclusion: row.conclusion,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: latestDate([row.updatedAt, ...shownFacts, ...row.rows.map((r) => r.attribute.updatedAt)]) ?? row.updatedAt,
    figureA: toFigureSide(row.figureA),
    figureB: toFigureSide(row.figureB),
    rows,
    sections: row.sections,
    categories: row.categories.map((c) => c.category),
    corrections: row.correctionNotices,
  };
}

/** Published comparisons sharing a figure (first) or a category with this one. One statement. */
export async function listRelatedComparisons({
  comparison,
  take = 6,
}: {
  comparison: Pick<ComparisonPage, 'id' | 'figureA' | 'figureB' | 'categories'>;
  take?: number;
}): Promise<ComparisonCard[]> {
  const figureIds = [comparison.figureA.id, comparison.figureB.id];
  const categoryIds = comparison.categories.map((c) => c.id);
  const rows = await db.comparison.findMany({
    where: {
      status: 'PUBLISHED',
      id: { not: comparison.id },
      OR: [
        { figureAId: { in: figureIds } },
        { figureBId: { in: figureIds } },
        ...(categoryIds.length ? [{ categories: { some: { categoryId: { in: categoryIds } } } }] : []),
      ],
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: take * 3,
    relationLoadStrategy: 'join',
    select: comparisonCardSelect,
  });
  const sharesFigure = (r: (typeof rows)[number]) => figureIds.includes(r.figureAId) || figureIds.includes(r.figureBId);
  return [...rows.filter(sharesFigure), ...rows.filter((r) => !sharesFigure(r))].slice(0, take).map(toComparisonCard);
}

export async function listRecentComparisons({ take = 12, skip = 0 }: { take?: number; skip?: number } = {}): Promise<ComparisonCard[]> {
  const rows = await db.comparison.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    skip,
    relationLoadStrategy: 'join',
    select: comparisonCardSelect,
  });
  return rows.map(toComparisonCard);
}

export async function listComparisonsInCategory({
  categoryId,
  page,
  pageSize,
}: {
  categoryId: number;
  page: number;
  pageSize: number;
}): Promise<{ items: ComparisonCard[]; total: number }> {
  const where = { status: 'PUBLISHED', categories: { some: { categoryId } } } satisfies Prisma.ComparisonWhereInput;
  const [rows, total] = await Promise.all([
    db.comparison.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      relationLoadStrategy: 'join',
      select: comparisonCardSelect,
    }),
    db.comparison.count({ where }),
  ]);
  return { items: rows.map(toComparisonCard), total };
}

/** Published comparisons with the time their page last changed: the comparison or a fact in its table. */
export async function listComparisonsForSitemap(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
    SELECT c.slug, GREATEST(c.updated_at, max(f.updated_at)) AS "updatedAt"
      FROM comparisons c
      LEFT JOIN comparison_rows r ON r.comparison_id = c.id
      LEFT JOIN facts f ON f.attribute_id = r.attribute_id AND f.figure_id IN (c.figure_a_id, c.figure_b_id)
     WHERE c.status = 'PUBLISHED'
     GROUP BY c.id
     ORDER BY c.id`;
}

// ---------------------------------------------------------------------------
// Paths that are not a comparison's canonical slug.

export type AutomaticComparison = {
  slug: string;
  figureA: FigureSide;
  figureB: FigureSide;
  rows: TableRow[];
  updatedAt: Date;
};

export type ComparisonPathResolution =
  | { kind: 'redirect'; slug: string }
  | { kind: 'automatic'; comparison: AutomaticComparison }
  | null;

const automaticSideSelect = {
  ...sideSelect,
  updatedAt: true,
  facts: { select: { ...factSelect, attribute: { select: { id: true, slug: true, label: true, description: true } } } },
} satisfies Prisma.FigureSelect;

/**
 * For a path that is not a published comparison's slug: the reversed pair or an old figure
 * slug redirects to the canonical URL; two figures with no comparison at all get an
 * automatic table of their shared facts. Two SQL statements.
 */
export async function resolveComparisonPath({ slug }: { slug: string }): Promise<ComparisonPathResolution> {
  if (!isSlug(slug)) return null;
  const splits = splitComparisonSlug(slug);
  if (splits.length === 0) return null;
  const candidates = [...new Set(splits.flatMap((s) => [s.a, s.b]))];
  const figures = await db.figure.findMany({
    where: { OR: [{ slug: { in: candidates } }, { oldSlugs: { some: { slug: { in: candidates } } } }] },
    relationLoadStrategy: 'join',
    select: { ...automaticSideSelect, oldSlugs: { select: { slug: true } } },
  });
  const bySlug = new Map<string, (typeof figures)[number]>();
  for (const figure of figures) {
    for (const old of figure.oldSlugs) bySlug.set(old.slug, figure);
  }
  for (const figure of figures) bySlug.set(figure.slug, figure);

  const split = splits.find((s) => bySlug.has(s.a) && bySlug.has(s.b) && bySlug.get(s.a)!.id !== bySlug.get(s.b)!.id);
  if (!split) return null;
  const a = bySlug.get(split.a)!;
  const b = bySlug.get(split.b)!;

  const existing = await db.comparison.findUnique({ where: { pairKey: pairKey(a.id, b.id) }, select: { slug: true, status: true } });
  if (existing) return existing.status === 'PUBLISHED' && existing.slug !== slug ? { kind: 'redirect', slug: existing.slug } : null;

  const canonical = `${a.slug}-vs-${b.slug}`;
  if (canonical !== slug) return { kind: 'redirect', slug: canonical };

  const factsB = new Map(b.facts.map((f) => [f.attributeId, f]));
  const rows: TableRow[] = a.facts
    .filter((f) => factsB.has(f.attributeId))
    .sort((x, y) => x.attribute.label.localeCompare(y.attribute.label))
    .map((f) => {
      const other = factsB.get(f.attributeId)!;
      return { id: f.attributeId, attribute: f.attribute, a: toFactView(f), b: toFactView(other) };
    });
  return {
    kind: 'automatic',
    comparison: {
      slug,
      figureA: toFigureSide(a),
      figureB: toFigureSide(b),
      rows,
      updatedAt: latestDate([a.updatedAt, b.updatedAt, ...a.facts.map((f) => f.updatedAt), ...b.facts.map((f) => f.updatedAt)])!,
    },
  };
}

function toFactView(f: { value: string; sourceUrl: string | null; note: string | null; verifiedAt: Date | null }): FactView {
  return { value: f.value, sourceUrl: f.sourceUrl, note: f.note, verifiedAt: f.verifiedAt };
}

export type { FigureKind };
