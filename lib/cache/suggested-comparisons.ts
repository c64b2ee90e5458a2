import 'server-only';
import { unstable_cache } from 'next/cache';
import type { ComparisonCard } from '../comparisons/view';
import { listPopularComparisons } from '../db/comparison-views';
import { listRecentComparisons } from '../db/comparisons';
import { tagPage } from './page-tags';
import { cardTags, tag } from './tags';

/** A cached page that offers popular comparisons is rendered again after this long. */
export const SUGGESTIONS_REFRESH_SECONDS = 3600;

export type Suggestions = { heading: 'Popular comparisons' | 'Recent comparisons'; items: ComparisonCard[] };

/**
 * The comparisons a 404 page offers to start from: the most read over the last 30 days, topped
 * up with the most recently published (all of them before anything has been read). Readings
 * change all the time, unlike the pages' data, so a cached page showing them is refreshed
 * within SUGGESTIONS_REFRESH_SECONDS, besides the tags (added here) that refresh it when a
 * comparison or figure on it changes.
 */
export async function suggestComparisons({ take = 6 }: { take?: number } = {}): Promise<Suggestions> {
  const popular = await listPopularComparisons({ take });
  const recent = popular.length < take ? await listRecentComparisons({ take }) : [];
  const shown = new Set(popular.map((card) => card.id));
  const items = [...popular, ...recent.filter((card) => !shown.has(card.id))].slice(0, take);
  await Promise.all([tagPage([tag.recentComparisons, ...cardTags(items)]), refreshWithin(SUGGESTIONS_REFRESH_SECONDS)]);
  return { heading: popular.length > 0 ? 'Popular comparisons' : 'Recent comparisons', items };
}

/**
 * Limits how long the page being rendered is cached. Outside the 'use cache' model a page's
 * revalidate period is the shortest of the cached calls it made (as its tags are, in
 * lib/cache/page-tags.ts); a tiny cached call with that period is the way to set it.
 */
async function refreshWithin(seconds: number): Promise<void> {
  await unstable_cache(async () => seconds, ['refresh-within', String(seconds)], { revalidate: seconds })();
}
