import Link from 'next/link';
import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container">
          <Link href="/" className="brand" aria-label="Contrast, home">
            Con<span>trast</span>
          </Link>
        </div>
      </header>
      <main id="main" className="container narrow" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
