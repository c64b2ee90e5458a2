// lib/cache/prefetch-segments.ts: the routes whose cached pages Next keeps without per-segment
// prefetch data (the search results page), asked by Next's render through a global hook.
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTES_NEVER_PREFETCHED, skipPrefetchSegmentsOfUnprefetchedRoutes, skipsPrefetchSegments } from '@/lib/cache/prefetch-segments';
import { SKIP_PREFETCH_SEGMENTS_HOOK } from '@/scripts/patch-next.mjs';

const HOOK = Symbol.for('contrast.skipPrefetchSegments');
const hooks = globalThis as { [HOOK]?: (route: unknown) => boolean };

describe('routes never prefetched', () => {
  afterEach(() => {
    delete hooks[HOOK];
  });

  it('are the search results route alone: every other route keeps its segment data', () => {
    expect(skipsPrefetchSegments('/search/[query]/[page]')).toBe(true);
    for (const route of ['/[[...slug]]', '/figures/[[...slug]]', '/categories/[slug]', '/search', '/search/[query]', undefined, null, 3]) {
      expect(skipsPrefetchSegments(route), String(route)).toBe(false);
    }
    expect([...ROUTES_NEVER_PREFETCHED]).toEqual(['/search/[query]/[page]']);
  });

  it('are answered through the hook the changed Next asks (scripts/patch-next.mjs)', () => {
    expect(SKIP_PREFETCH_SEGMENTS_HOOK).toBe('globalThis[Symbol.for("contrast.skipPrefetchSegments")]');
    skipPrefetchSegmentsOfUnprefetchedRoutes();
    skipPrefetchSegmentsOfUnprefetchedRoutes();
    expect(hooks[HOOK]).toBe(skipsPrefetchSegments);
    expect(hooks[HOOK]?.('/search/[query]/[page]')).toBe(true);
  });
});
