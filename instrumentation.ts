// Next.js calls register() once when a server process starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Rate limits and the audit log count the address that connected, not one a client names.
  const { appendPeerToForwardedFor } = await import('./lib/auth/forwarded-for');
  appendPeerToForwardedFor();
  // A cached page is dated from the start of the request that rendered it, so a render that
  // overlapped an editor's save is never taken for newer than the save (lib/cache/cache-handler.mjs).
  const { startRequestClock } = await import('./lib/cache/request-clock.mjs');
  startRequestClock();
  // Readings of comparison pages, for the popular comparisons a 404 page offers (counted after
  // the guard, which is wrapped later and so sees each request first).
  const { countComparisonViews } = await import('./lib/comparisons/view-counter');
  countComparisonViews();
  // Requests Next.js would mishandle (other methods, `*` or absolute targets, page posts over 3 MB)
  // are answered before anything else: wrapped last, the guard sees each request first.
  const { guardRequests } = await import('./lib/http/request-guard');
  guardRequests();
  // Cached pages go out as bytes encoded once, not re-encoded from a string per response.
  const { sendLargeBodiesAsBytes } = await import('./lib/cache/response-bytes');
  sendLargeBodiesAsBytes();
  // …and, to a browser that takes them, compressed once rather than gzipped again per response.
  const { sendCachedPagesPrecompressed } = await import('./lib/cache/compressed-responses');
  sendCachedPagesPrecompressed();
  // A redirect rendered for the first time carries its Location header once, not twice.
  const { keepOneLocationHeader } = await import('./lib/http/location-header');
  keepOneLocationHeader();
  // …and a permanent redirect tells browsers to ask again, so a rename undone cannot send them in a loop.
  const { keepRedirectsFreshInBrowsers } = await import('./lib/http/redirect-freshness');
  keepRedirectsFreshInBrowsers();
  // Rate-limit counters whose windows have passed, and sessions ended a day ago, are deleted every few minutes.
  const { startSweeper } = await import('./lib/db/sweeper');
  startSweeper();
  // Queued email (reader notifications) is sent from every instance when SMTP_URL is set.
  const { startOutboxWorker } = await import('./lib/email/outbox-worker');
  startOutboxWorker();
}
