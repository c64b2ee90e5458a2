import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/ui/search-form';

// No robots tag of ours: Next adds `noindex` to every 404.
export const metadata: Metadata = { title: 'Page not found' };

// Outside the public pages (which have their own, with recent comparisons): kept static.
export default function NotFound() {
  return (
    <main id="main" className="container" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>There is nothing at this address. Search for a comparison, or go back to the home page.</p>
      <SearchForm id="not-found-search" />
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  );
}
