import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/ui/search-form';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';

// No robots tag of ours: Next adds `noindex` to every 404.
export const metadata: Metadata = { title: 'Page not found' };

// For addresses outside the public pages (which have their own, with recent comparisons) and
// those no route can read (a malformed percent-escape, which the proxy sends here): kept static,
// in the site's header and footer, so a reader is never left on a bare page.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container" tabIndex={-1}>
        <h1>Page not found</h1>
        <p>There is nothing at this address. Search for a comparison, or go back to the home page.</p>
        <SearchForm id="not-found-search" />
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
