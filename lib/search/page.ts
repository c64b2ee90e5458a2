import 'server-only';
import type { Metadata } from 'next';
import type { ComparisonCard } from '../comparisons/view';
import { listRecentComparisons } from '../db/comparisons';
import { searchContent, type SearchHit } from '../db/search';
import { lastValue } from '../url-params';
import { normalizeQuery } from './query';
import { admitSearch } from './rate-limit';

// What the search page shows, for both of its routes: /search (rendered per request) and the
// cached /search/{query}/{page} that next.config.js rewrites most searches to.

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_MAX_PAGE = 50;

export type SearchPageData =
  | { kind: 'prompt'; recent: ComparisonCard[] }
  | { kind: 'limited'; query: string; retryAfterSeconds: number }
  | { kind: 'results'; query: string; page: number; hits: SearchHit[]; total: number; totalPages: number };

/**
 * A page number from the address: 1 unless it is written as a whole number from 1 up, in plain
 * digits (not 1e3, 0x10, +5 or 5.0). A page past SEARCH_MAX_PAGE is kept as asked, so that the
 * page can say there is no such page.
 */
export function searchPageParam(value: string | string[] | undefined): number {
  const text = lastValue(value) ?? '';
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : 1;
}

/** The public address of a results page (the form's own GET address). */
export function searchResultsHref(query: string, page: number): string {
  return `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`;
}

export async function loadSearchPage({ query: raw, page }: { query: string | string[] | undefined; page: number }): Promise<SearchPageData> {
  const query = normalizeQuery(raw);
  if (!query) return { kind: 'prompt', recent: await listRecentComparisons({ take: 6 }) };
  const admission = await admitSearch();
  if (!admission.ok) return { kind: 'limited', query, retryAfterSeconds: admission.retryAfterSeconds };
  // Results are listed on SEARCH_MAX_PAGE pages at most; past them, only the count is read.
  const listed = page <= SEARCH_MAX_PAGE;
  const { hits, total } = await searchContent({ query, page: listed ? page : 1, pageSize: SEARCH_PAGE_SIZE });
  const totalPages = Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGE);
  return { kind: 'results', query, page, hits: listed ? hits : [], total, totalPages };
}

/** Both routes: titled by the query, kept out of search engines' indexes. */
export function searchPageMetadata(raw: string | string[] | undefined): Metadata {
  const query = normalizeQuery(raw);
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false, follow: true } };
}
