import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { IgnoreNotFound } from './ignore-not-found';

async function Signal(): Promise<null> {
  await Promise.resolve();
  notFound();
}

/**
 * Makes the response a real 404 while the page itself renders the not-found content.
 *
 * Next 16.4 answers a `notFound()` thrown by an on-demand (ISR) page with an empty HTML
 * shell whose content only appears once JavaScript runs (vercel/next.js#95613). Thrown
 * inside a Suspense boundary instead, after the page's own content, it still sets the
 * 404 status and `noindex`, and the server-rendered HTML keeps the content, so the page
 * works without JavaScript and is cached like any other.
 */
export function NotFoundStatus() {
  return (
    <Suspense fallback={null}>
      <IgnoreNotFound>
        <Signal />
      </IgnoreNotFound>
    </Suspense>
  );
}
