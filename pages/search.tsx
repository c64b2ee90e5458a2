import type { GetServerSideProps } from 'next';
import { DocumentHead } from '@/components/ui/document-head';
import { PublicFrame } from '@/components/ui/public-frame';
import { SearchView } from '@/components/search/search-view';
import { loadSearchPage } from '@/lib/search/page';
import { searchPageParam, searchPageTitle, type SearchPageData } from '@/lib/search/view';

// /search?q=...&page=N: every search, rendered per request by the Pages Router.
//
// Why not the App Router, like every other page: a query nobody asked before must be rendered, and
// the App Router's render (a React Server Components payload, then HTML from it) costs about 6 ms of
// the server's CPU on our slower machines for any page at all, against under 2 ms for the Pages
// Router's single render of the same header and footer (README, Performance). The results are the
// same components (components/search/search-view.tsx) in the same frame (components/ui/public-frame.tsx).
// The page sends no JavaScript (config below): it is links and GET forms, and a link from it
// loads its page whole.

export const config = { unstable_runtimeJS: false };

/** `data` is null when the search could not run (the database did not answer). */
type Props = { data: SearchPageData | null };

// A POST, PUT, PATCH or DELETE never gets here: the request guard answers it 405 (lib/http/request-guard.ts).
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  try {
    return { props: { data: await loadSearchPage({ query: query.q, page: searchPageParam(query.page) }) } };
  } catch (error) {
    console.error('[search] could not answer a search:', error instanceof Error ? error.message : error);
    res.statusCode = 503;
    res.setHeader('Retry-After', '30');
    return { props: { data: null } };
  }
};

export default function SearchPage({ data }: Props) {
  return (
    <>
      <DocumentHead title={data ? searchPageTitle(data) : 'Search'} robots="noindex, follow" />
      <PublicFrame>
        {data ? (
          <SearchView data={data} />
        ) : (
          <>
            <h1>Something went wrong</h1>
            <p role="status">We could not search just now. Please try again in a moment.</p>
          </>
        )}
      </PublicFrame>
    </>
  );
}
