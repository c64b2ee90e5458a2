import 'server-only';
import { db } from './client';
import { isSlug } from '../comparisons/slug';

export type CategorySummary = { id: number; slug: string; name: string; description: string; count: number };

/** Categories with something published in them, and how many, for the home page. */
export async function listCategories(): Promise<CategorySummary[]> {
  const rows = await db.category.findMany({
    where: { comparisons: { some: { comparison: { status: 'PUBLISHED' } } } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      updatedAt: true,
      _count: { select: { comparisons: { where: { comparison: { status: 'PUBLISHED' } } } } },
    },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, description: r.description, count: r._count.comparisons }));
}

export async function getCategory({ slug }: { slug: string }) {
  if (!isSlug(slug)) return null;
  return db.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true, updatedAt: true } });
}

/** The current slug of a category that used to be called `slug`, if any. */
export async function getRenamedCategorySlug({ slug }: { slug: string }): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const row = await db.categorySlugRedirect.findUnique({ where: { slug }, select: { category: { select: { slug: true } } } });
  return row?.category.slug ?? null;
}

/** Categories with something published to list: an empty one is not worth a search engine's visit. */
export async function listCategoriesForSitemap(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.category.findMany({
    where: { comparisons: { some: { comparison: { status: 'PUBLISHED' } } } },
    orderBy: { id: 'asc' },
    select: { slug: true, updatedAt: true },
  });
}
