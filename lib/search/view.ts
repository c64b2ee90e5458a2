import type { ComparisonCard } from '../comparisons/view';
import type { SearchHit } from '../db/search';
import { lastValue } from '../url-params';

// The search page's data and addresses, without the database: pages/search.tsx's component and
// components/search/search-view.tsx import this, and the Pages Router bundles a page's component
// for the browser too (lib/search/page.ts reads the data, on the server only).

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

/** The page's own title: the query, once there is one. */
export function searchPageTitle(data: SearchPageData): string {
  return data.kind === 'prompt' ? 'Search' : `Search: ${data.query}`;
}
