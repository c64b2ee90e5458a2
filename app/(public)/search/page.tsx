import type { Metadata } from 'next';
import { SearchView } from '@/components/search/search-view';
import { loadSearchPage, searchPageParam, searchPageMetadata } from '@/lib/search/page';

// Rendered per request: the empty search, and the queries next.config.js does not rewrite to the
// cached /search/{query}/{page} (very long ones, and those with characters a path cannot carry).

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata((await searchParams).q);
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchView data={await loadSearchPage({ query: params.q, page: searchPageParam(params.page) })} />;
}
