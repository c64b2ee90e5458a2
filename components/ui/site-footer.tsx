import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <ul>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            {/* Rendered per request by the Pages Router (pages/search.tsx): a prefetch would render it unasked. */}
            <Link href="/search" prefetch={false}>
              Search
            </Link>
          </li>
          <li>
            <Link href="/about">About {SITE_NAME}</Link>
          </li>
          <li>
            <Link href="/corrections">Corrections</Link>
          </li>
          <li>
            <Link href="/about#reporting">Report an error</Link>
          </li>
        </ul>
        <p>{SITE_NAME} publishes side-by-side comparisons of people, places and things. Facts carry their sources where we have them.</p>
      </div>
    </footer>
  );
}
