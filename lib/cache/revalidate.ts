import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { comparisonSlug } from '../comparisons/slug';
import { tag } from './tags';

// Expire at once (not stale-while-revalidate): the next reader sees the saved data.
function expire(tags: string[]): void {
  for (const t of new Set(tags)) revalidateTag(t, { expire: 0 });
}

/**
 * After a figure is created or its name, slug, photo or facts change: its page, every page
 * showing it, and pages that looked for it by slug before it existed.
 */
export function revalidateFigure(figure: { id: number; slug: string; previousSlug?: string }): void {
  expire([tag.figure(figure.id), tag.figureSlug(figure.slug), tag.figures, tag.sitemap, tag.search, ...(figure.previousSlug ? [tag.figureSlug(figure.previousSlug)] : [])]);
}

/**
 * After a comparison is saved, published or unpublished: its own URLs, and every list it
 * may appear in (figure pages, related lists, categories, home, the figures index's counts).
 */
export function revalidateComparison(comparison: {
  id: number;
  slug: string;
  figureA: { id: number; slug: string };
  figureB: { id: number; slug: string };
  categoryIds: number[];
  previousSlug?: string;
}): void {
  expire([
    tag.comparison(comparison.id),
    tag.figureComparisons(comparison.figureA.id),
    tag.figureComparisons(comparison.figureB.id),
    ...comparison.categoryIds.map(tag.category),
    tag.recentComparisons,
    tag.figures,
    tag.sitemap,
    tag.search,
  ]);
  // Paths cover URLs rendered before the comparison existed (404s, automatic tables, redirects).
  for (const path of [comparison.slug, comparisonSlug(comparison.figureB.slug, comparison.figureA.slug), comparison.previousSlug]) {
    if (path) {
      revalidatePath(`/${path}`);
      revalidatePath(`/api/comparisons/${path}`);
    }
  }
}

export function revalidateCategory(category: { id: number }): void {
  expire([tag.category(category.id), tag.categories, tag.sitemap]);
}

export function revalidateAttribute(attribute: { id: number }): void {
  expire([tag.attribute(attribute.id)]);
}

/** After a correction notice is published: its comparison's page and the corrections list. */
export function revalidateCorrections(comparison: { id: number }): void {
  expire([tag.corrections, tag.comparison(comparison.id)]);
}
