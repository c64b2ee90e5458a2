// After rendering a page into its cache, Next.js also encodes the page's Flight payload again per
// route segment, for its client router's segment prefetches. For a route whose pages no link
// prefetches, that is work for nothing, and for one route it is done often: the search results
// page (/search/{query}/{page}, which next.config.js rewrites /search?q= to) is rendered once for
// every query anyone asks, and the segment data was about a sixth of that render's CPU.
//
// Nothing of ours prefetches a results page: the search form is a plain GET form, and the links
// between results pages say prefetch={false} (components/search/search-view.tsx). Next's render
// (changed at install by scripts/patch-next.mjs) asks `skipsPrefetchSegments` with the route's
// path, and keeps no segment data for the routes named here, as it keeps none for a page rendered
// per request. Should a prefetch of such a page come anyway (a crafted request), Next answers it
// with the whole page's payload, which its client router takes as it takes a dynamic page's.

/** Routes (as Next names them, route groups left out) whose cached pages no link prefetches. */
export const ROUTES_NEVER_PREFETCHED: ReadonlySet<string> = new Set(['/search/[query]/[page]']);

/** Whether Next may skip the per-segment prefetch data of a page of this route. */
export function skipsPrefetchSegments(route: unknown): boolean {
  return typeof route === 'string' && ROUTES_NEVER_PREFETCHED.has(route);
}

const HOOK = Symbol.for('contrast.skipPrefetchSegments');

/** Lets Next's render ask `skipsPrefetchSegments` (see the top of this file). Idempotent. */
export function skipPrefetchSegmentsOfUnprefetchedRoutes(): void {
  (globalThis as { [HOOK]?: typeof skipsPrefetchSegments })[HOOK] = skipsPrefetchSegments;
}
