import 'server-only';
import { db } from './client';

// Lookups for /api/revalidate: turn public slugs into what the revalidate functions need.

export async function getFigureRevalidationTarget({ slug }: { slug: string }) {
  return db.figure.findUnique({ where: { slug }, select: { id: true, slug: true } });
}

export async function getComparisonRevalidationTarget({ slug }: { slug: string }) {
  const row = await db.comparison.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      figureA: { select: { id: true, slug: true } },
      figureB: { select: { id: true, slug: true } },
      categories: { select: { categoryId: true } },
    },
  });
  return row ? { ...row, categoryIds: row.categories.map((c) => c.categoryId) } : null;
}

export async function getCategoryRevalidationTarget({ slug }: { slug: string }) {
  return db.category.findUnique({ where: { slug }, select: { id: true } });
}
