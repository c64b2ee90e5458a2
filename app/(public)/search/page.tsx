import type { Metadata } from 'next';
import { SearchView } from '@/components/search/search-view';
import { loadSearchPage, searchPageParam, searchPageTitle } from '@/lib/search/page';

// Rendered per request: the empty search, and the queries next.config.js does not rewrite to the
// cached /search/{query}/{page} (very long ones, and those with characters a path cannot carry).

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: searchPageTitle((await searchParams).q), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchView data={await loadSearchPage({ query: params.q, page: searchPageParam(params.page) })} />;
}
