import type { Metadata } from 'next';
import { cache } from 'react';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { SearchView } from '@/components/search/search-view';
import { tagPage } from '@/lib/cache/page-tags';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { cardTags, tag } from '@/lib/cache/tags';
import { loadSearchPage, SEARCH_MAX_PAGE, searchPageParam, searchPageMetadata } from '@/lib/search/page';
import { isSegmentQuery } from '@/lib/search/query-segment.mjs';

// Search results from Next's cache: next.config.js rewrites /search?q={query}&page={page} here,
// so a repeated search is a cache hit. Any change to published content or figures expires the
// `search` tag (lib/cache/revalidate.ts). lib/cache/cache-handler.mjs keeps these pages in memory
// only, so arbitrary queries cannot fill the disk.

export const revalidate = false;
export const dynamicParams = true;

export function generateStaticParams(): { query: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ query: string; page: string }> };

const load = cache((query: string, page: number) => loadSearchPage({ query, page }));

/** The query as typed: Next hands over the path segment still percent-encoded. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The query and page of a results page, or null for an address that is not one. */
function resultsPage({ query: segment, page }: { query: string; page: string }): { query: string; page: number } | null {
  // One address per results page, as next.config.js rewrites to: /search/x/01, /search/x/abc,
  // /search/x/51 or /search/%25/1 (a query the rewrite keeps on /search) is not one.
  const pageNumber = searchPageParam(page);
  const query = decodeSegment(segment);
  if (String(pageNumber) !== page || pageNumber > SEARCH_MAX_PAGE || query === null || !isSegmentQuery(query)) return null;
  return { query, page: pageNumber };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const address = resultsPage(await params);
  return address ? searchPageMetadata(address.query) : { title: 'Page not found' };
}

export default async function CachedSearchPage({ params }: Props) {
  const address = resultsPage(await params);
  if (!address) {
    const suggestions = await suggestComparisons();
    return <NotFoundView title="We could not find that page" message="There is no such page of search results. Search again:" suggestions={suggestions} />;
  }
  const data = await load(address.query, address.page);
  // A refusal (data.kind 'limited') is kept out of the cache altogether (lib/search/rate-limit.ts).
  if (data.kind !== 'limited') await tagPage(data.kind === 'prompt' ? [tag.recentComparisons, ...cardTags(data.recent)] : [tag.search]);
  return <SearchView data={data} />;
}
