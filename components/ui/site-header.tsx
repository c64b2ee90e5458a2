import Link from 'next/link';
import { SearchForm } from './search-form';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand" aria-label="Contrast, home">
          Con<span>trast</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href="/#categories">Categories</Link>
            </li>
            <li>
              <Link href="/about">About</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" landmark="Site search" />
      </div>
    </header>
  );
}
