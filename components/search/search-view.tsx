import Link from 'next/link';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/ui/search-form';
import { SEARCH_PAGE_SIZE, searchResultsHref, type SearchPageData } from '@/lib/search/view';
import { splitHighlights } from '@/lib/search/query';

/** The search page: a prompt with recent comparisons when there is no query, else ranked results. */
export function SearchView({ data }: { data: SearchPageData }) {
  if (data.kind === 'prompt') {
    return (
      <>
        <h1>Search</h1>
        <p>Search every published comparison and every figure by name, summary or text.</p>
        <SearchForm id="search-page" />
        <h2>Recent comparisons</h2>
        <ComparisonCards items={data.recent} />
      </>
    );
  }

  if (data.kind === 'limited') {
    return (
      <>
        <h1>Search results</h1>
        <SearchForm id="search-page" defaultValue={data.query} />
        <p role="status">
          Too many searches have come from your network in the last minute. Please wait {data.retryAfterSeconds} {data.retryAfterSeconds === 1 ? 'second' : 'seconds'}, then
          search again.
        </p>
      </>
    );
  }

  const { query, page, hits, total, totalPages } = data;
  return (
    <>
      <h1>Search results</h1>
      <SearchForm id="search-page" defaultValue={query} />
      <p role="status">
        {total === 0 ? (
          <>No results for “{query}”. Check the spelling, try fewer words, or search for one side of the comparison.</>
        ) : page > totalPages ? (
          <>
            There is no page {page}:{' '}
            {total > totalPages * SEARCH_PAGE_SIZE ? (
              <>
                the {total} results for “{query}” are listed on {totalPages} pages at most; add a word to narrow the search.
              </>
            ) : (
              <>
                the {total} {total === 1 ? 'result' : 'results'} for “{query}” fill {totalPages} {totalPages === 1 ? 'page' : 'pages'}.
              </>
            )}{' '}
            <Link href={searchResultsHref(query, totalPages)} prefetch={false}>
              Go to the last page
            </Link>.
          </>
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
                {hit.cutStart ? '… ' : null}
                {splitHighlights(hit.snippet).map((part, i) => (part.highlighted ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                {hit.cutEnd ? ' …' : null}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {page <= totalPages ? <Pagination page={page} totalPages={totalPages} href={(n) => searchResultsHref(query, n)} label="Search result pages" prefetch={false} /> : null}
    </>
  );
}
