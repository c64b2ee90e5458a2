import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonTitle, type ComparisonCard } from '../comparisons/view';
import { db } from './client';
import { getComparisonPage, listRelatedComparisons, type ComparisonPage } from './comparisons';
import type { ComparisonStatus, Prisma } from './generated/client';

// The editors' reads of comparisons: the admin list, the edit form and its choices, the
// admin-only preview. Writes are in comparison-saves.ts.

export const ADMIN_PAGE_SIZE = 25;

export type AdminComparisonRow = {
  id: number;
  slug: string;
  title: string;
  status: ComparisonStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  figureA: { id: number; name: string };
  figureB: { id: number; name: string };
};

export type AdminComparisonList = { items: AdminComparisonRow[]; total: number; page: number; totalPages: number };

/**
 * Comparisons for the admin list: optional status filter and a search over the title, the
 * slug and both figures' names. Ordered by last change, then id, so pages never overlap.
 */
export async function listAdminComparisons({
  actor,
  status,
  query,
  page = 1,
  pageSize = ADMIN_PAGE_SIZE,
}: {
  actor: Actor;
  status?: ComparisonStatus;
  query?: string;
  page?: number;
  pageSize?: number;
}): Promise<AdminComparisonList> {
  assertCan(actor, 'content:edit');
  const q = query?.trim().slice(0, 200);
  const where: Prisma.ComparisonWhereInput = {
    ...(status ? { status } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: 'insensitive' } },
            { slug: { contains: q, mode: 'insensitive' } },
            { figureA: { name: { contains: q, mode: 'insensitive' } } },
            { figureB: { name: { contains: q, mode: 'insensitive' } } },
          ],
        }
      : {}),
  };
  const orderBy: Prisma.ComparisonOrderByWithRelationInput[] = [{ updatedAt: 'desc' }, { id: 'desc' }];
  // The page's ids first (an index scan), at the same time as the count; then the 25 rows with
  // their figures in one joined query. Joining in the paging query would build every skipped
  // row's figures before the OFFSET.
  const idsOnPage = (n: number) => db.comparison.findMany({ where, orderBy, skip: (n - 1) * pageSize, take: pageSize, select: { id: true } });
  const requested = Math.max(1, Math.floor(page) || 1);
  const [total, firstTry] = await Promise.all([db.comparison.count({ where }), idsOnPage(requested)]);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(requested, totalPages);
  const ids = current === requested ? firstTry : await idsOnPage(current);
  const rows =
    ids.length === 0
      ? []
      : await db.comparison.findMany({
          where: { id: { in: ids.map((r) => r.id) } },
          orderBy,
          relationLoadStrategy: 'join',
          select: {
            id: true,
            slug: true,
            title: true,
            status: true,
            version: true,
            publishedAt: true,
            updatedAt: true,
            figureA: { select: { id: true, name: true } },
            figureB: { select: { id: true, name: true } },
          },
        });
  return { items: rows.map((r) => ({ ...r, title: comparisonTitle(r) })), total, page: current, totalPages };
}

export type FigureChoice = { id: number; name: string; slug: string; kind: string };

/** Every figure, by name, for choosing the two sides of a new comparison. */
export async function listFigureChoices({ actor }: { actor: Actor }): Promise<FigureChoice[]> {
  assertCan(actor, 'content:edit');
  return db.figure.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, slug: true, kind: true } });
}

export type AttributeChoice = { id: number; slug: string; label: string; hasA: boolean; hasB: boolean };
export type CategoryChoice = { id: number; name: string };

export type ComparisonForEdit = {
  id: number;
  slug: string;
  title: string | null;
  displayTitle: string;
  summary: string;
  introduction: string;
  conclusion: string;
  status: ComparisonStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  figureA: { id: number; slug: string; name: string };
  figureB: { id: number; slug: string; name: string };
  rows: { attributeId: number }[];
  sections: { id: number; heading: string; body: string }[];
  categoryIds: number[];
  /** Every attribute, with whether each side has a fact for it (rows without one are flagged). */
  attributes: AttributeChoice[];
  categories: CategoryChoice[];
};

/** The comparison as the edit form loads it, with the choices the form offers. Null when missing. */
export async function getComparisonForEdit({ actor, id }: { actor: Actor; id: number }): Promise<ComparisonForEdit | null> {
  assertCan(actor, 'content:edit');
  const row = await db.comparison.findUnique({
    where: { id },
    relationLoadStrategy: 'join',
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      introduction: true,
      conclusion: true,
      status: true,
      version: true,
      publishedAt: true,
      updatedAt: true,
      figureA: { select: { id: true, slug: true, name: true, facts: { select: { attributeId: true } } } },
      figureB: { select: { id: true, slug: true, name: true, facts: { select: { attributeId: true } } } },
      rows: { orderBy: { position: 'asc' }, select: { attributeId: true } },
      sections: { orderBy: { position: 'asc' }, select: { id: true, heading: true, body: true } },
      categories: { select: { categoryId: true } },
    },
  });
  if (!row) return null;
  const [attributes, categories] = await Promise.all([
    db.attribute.findMany({ orderBy: [{ label: 'asc' }, { id: 'asc' }], select: { id: true, slug: true, label: true } }),
    db.category.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  const factsA = new Set(row.figureA.facts.map((f) => f.attributeId));
  const factsB = new Set(row.figureB.facts.map((f) => f.attributeId));
  const side = ({ id: sideId, slug, name }: { id: number; slug: string; name: string }) => ({ id: sideId, slug, name });
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    displayTitle: comparisonTitle(row),
    summary: row.summary,
    introduction: row.introduction,
    conclusion: row.conclusion,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    figureA: side(row.figureA),
    figureB: side(row.figureB),
    rows: row.rows,
    sections: row.sections,
    categoryIds: row.categories.map((c) => c.categoryId),
    attributes: attributes.map((a) => ({ ...a, hasA: factsA.has(a.id), hasB: factsB.has(a.id) })),
    categories,
  };
}

/** The heading facts of a comparison (history and revision pages). Null when missing. */
export async function getComparisonHeader({ actor, id }: { actor: Actor; id: number }) {
  assertCan(actor, 'content:edit');
  const row = await db.comparison.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, status: true, version: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
  });
  return row ? { id: row.id, slug: row.slug, status: row.status, version: row.version, title: comparisonTitle(row) } : null;
}

/**
 * A comparison in any status exactly as its public page will show it, with the related
 * comparisons that page lists. Admins only: drafts may hold unchecked claims.
 */
export async function getComparisonPreview({ actor, id }: { actor: Actor; id: number }): Promise<{ page: ComparisonPage; related: ComparisonCard[] } | null> {
  assertCan(actor, 'drafts:preview');
  const row = await db.comparison.findUnique({ where: { id }, select: { slug: true } });
  if (!row) return null;
  const page = await getComparisonPage({ slug: row.slug, includeUnpublished: true });
  if (!page) return null;
  return { page, related: await listRelatedComparisons({ comparison: page }) };
}
