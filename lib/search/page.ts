// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { listRecentComparisons } from '../db/comparisons';
import { searchContent } from '../db/search';
import { normalizeQuery } from './query';
import { admitSearch } from './rate-limit';
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type SearchPageData } from './view';

// What the search page (pages/search.tsx) shows, read from the database.

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
