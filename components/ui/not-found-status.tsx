import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { answerWithStatus } from '@/lib/http/response-status';
import { IgnoreNotFound } from './ignore-not-found';

async function Signal(): Promise<null> {
  await Promise.resolve();
  notFound();
}

/**
 * Makes the response a real 404 while the page itself renders the not-found content.
 *
 * - A cached (ISR) page: Next 16.4 answers a `notFound()` thrown by such a page with an empty HTML
 *   shell whose content only appears once JavaScript runs (vercel/next.js#95613). Thrown inside a
 *   Suspense boundary instead, after the page's own content, it still sets the 404 status (kept
 *   with the cached page) and `noindex`, and the server-rendered HTML keeps the content, so the
 *   page works without JavaScript and is cached like any other.
 * - A page rendered per request (`perRequest`) streams its first bytes, status included, before
 *   that boundary resolves, so it sets the status on the response while it renders
 *   (lib/http/response-status.ts). Its own metadata carries the robots tag.
 */
export function NotFoundStatus({ perRequest = false }: { perRequest?: boolean }) {
  answerWithStatus(404);
  if (perRequest) return null;
  return (
    <Suspense fallback={null}>
      <IgnoreNotFound>
        <Signal />
      </IgnoreNotFound>
    </Suspense>
  );
}
