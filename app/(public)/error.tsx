'use client';

import Link from 'next/link';

// Shown instead of a page that failed to render (for example, the database is down).
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>We could not show this page just now. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>{' '}
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
