import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SearchView } from '@/components/search/search-view';
import { tagPage } from '@/lib/cache/page-tags';
import { cardTags, tag } from '@/lib/cache/tags';
import { loadSearchPage, searchPageParam, searchPageMetadata } from '@/lib/search/page';

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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchPageMetadata(decodeSegment((await params).query) ?? '');
}

export default async function CachedSearchPage({ params }: Props) {
  const { query: segment, page } = await params;
  // One address per results page: /search/x/01 or /search/x/abc is not one.
  const pageNumber = searchPageParam(page);
  const query = decodeSegment(segment);
  if (String(pageNumber) !== page || query === null) notFound();
  const data = await load(query, pageNumber);
  await tagPage(data.kind === 'prompt' ? [tag.recentComparisons, ...cardTags(data.recent)] : [tag.search]);
  return <SearchView data={data} />;
}
