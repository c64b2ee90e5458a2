import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/ui/search-form';
import { listRecentComparisons } from '@/lib/db/comparisons';
import { searchContent } from '@/lib/db/search';
import { normalizeQuery, splitHighlights } from '@/lib/search/query';
import { ComparisonCards } from '@/components/comparison/comparison-cards';

const PAGE_SIZE = 10;
const MAX_PAGE = 50;

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q);
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = normalizeQuery(params.q);
  const page = pageParam(params.page);

  if (!query) {
    const recent = await listRecentComparisons({ take: 6 });
    return (
      <>
        <h1>Search</h1>
        <p>Search every published comparison and every figure by name, summary or text.</p>
        <SearchForm id="search-page" />
        <h2>Recent comparisons</h2>
        <ComparisonCards items={recent} />
      </>
    );
  }

  const { hits, total } = await searchContent({ query, page, pageSize: PAGE_SIZE });
  const totalPages = Math.ceil(total / PAGE_SIZE);
  const href = (n: number) => `/search?${new URLSearchParams({ q: query, ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <>
      <h1>Search results</h1>
      <SearchForm id="search-page" defaultValue={query} />
      <p role="status">
        {total === 0 ? (
          <>No results for “{query}”. Check the spelling, try fewer words, or search for one side of the comparison.</>
        ) : (
          <>
            {total} {total === 1 ? 'result' : 'results'} for “{query}”
            {totalPages > 1 ? `, page ${page} of ${totalPages}` : ''}
          </>
        )}
      </p>
      {hits.length > 0 ? (
        <ol className="results">
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.slug}`}>
              <span className="kind">{hit.kind === 'comparison' ? 'Comparison' : 'Figure'}</span>
              <h2>
                <Link href={hit.kind === 'comparison' ? `/${hit.slug}` : `/figures/${hit.slug}`}>{hit.title}</Link>
              </h2>
              <p>
                {splitHighlights(hit.snippet).map((part, i) => (part.highlighted ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination page={page} totalPages={totalPages} href={href} label="Search result pages" />
    </>
  );
}
