// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { unstable_cache } from 'next/cache';
import { tag } from '../cache/tags';
import { listRecentComparisons } from '../db/comparisons';
import { searchContent, type SearchResults } from '../db/search';
import { normalizeQuery } from './query';
import { admitSearch } from './rate-limit';
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type SearchPageData } from './view';

// What the search page (pages/search.tsx) shows, read from the database.
//
// A query's results are kept in Next's data cache (in memory only: lib/cache/cache-handler.mjs), so
// a repeated search reads nothing from PostgreSQL and is not counted against the reader's limit:
// only a search that runs is. Any change to published content or figures expires the `search` tag
// (lib/cache/revalidate.ts), on every app instance.

/** Thrown out of the cached call, so that a refusal is never kept for everyone who asks the same query. */
class SearchRefused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('search refused by its rate limit');
  }
}

function cachedSearch(query: string, page: number): Promise<SearchResults> {
  return unstable_cache(
    async () => {
      const admission = await admitSearch();
      if (!admission.ok) throw new SearchRefused(admission.retryAfterSeconds);
      return searchContent({ query, page, pageSize: SEARCH_PAGE_SIZE });
    },
    ['search', query, String(page)],
    { tags: [tag.search] },
  )();
}

export async function loadSearchPage({ query: raw, page }: { query: string | string[] | undefined; page: number }): Promise<SearchPageData> {
  const query = normalizeQuery(raw);
  if (!query) return { kind: 'prompt', recent: await listRecentComparisons({ take: 6 }) };
  // Results are listed on SEARCH_MAX_PAGE pages at most; past them, only the count is read.
  const listed = page <= SEARCH_MAX_PAGE;
  let results: SearchResults;
  try {
    results = await cachedSearch(query, listed ? page : 1);
  } catch (error) {
    if (error instanceof SearchRefused) return { kind: 'limited', query, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  const { hits, total } = results;
  const totalPages = Math.min(Math.ceil(total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGE);
  return { kind: 'results', query, page, hits: listed ? hits : [], total, totalPages };
}
