import { Server, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { counterConnection, recordComparisonViews } from '../db/comparison-views';

// Counts readings of comparison pages for the "Popular comparisons" a 404 page offers. Pages
// come from Next's cache, so no code of ours runs when one is read: the count is taken as each
// request reaches the HTTP server (like lib/http/request-guard.ts), added up in memory for a
// minute, then added to PostgreSQL, where the counts of every instance meet. A stopped
// instance loses at most its last minute of counts; popularity does not need more.
//  - counted: a GET of /{a}-vs-{b}, with or without a query (a client-side navigation's ?_rsc=)
//  - not counted: prefetches (the router's, a browser's speculation), HEAD, other methods, and
//    any path that is not a published comparison's slug (dropped in recordComparisonViews).
// This runs for every request, cached pages included: a test of the path and a Map update.
// On PostgreSQL the counts go over a connection of their own (counterConnection).

const INSTALLED = Symbol.for('contrast.viewCounter');
/** VIEW_COUNT_FLUSH_SECONDS: how often the counts are added to the database (tests: sooner). */
const FLUSH_MS = Math.max(1, Number(process.env.VIEW_COUNT_FLUSH_SECONDS) || 60) * 1000;
/** Distinct paths held between flushes; beyond it (someone inventing addresses) new ones wait. */
const MAX_PATHS = 2_000;
const COMPARISON_PATH = /^\/[a-z0-9]+(?:-[a-z0-9]+)*-vs-[a-z0-9]+(?:-[a-z0-9]+)*$/;

type CounterState = { pending: Map<string, number>; timer?: NodeJS.Timeout };
const state: CounterState = ((globalThis as { __contrastViewCounter?: CounterState }).__contrastViewCounter ??= { pending: new Map() });

/** The comparison slug a request reads, or null when it is not a reading of a comparison page. */
export function viewedComparisonSlug(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (method !== 'GET' || url === undefined) return null;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.length > 201 || !COMPARISON_PATH.test(path)) return null;
  if (headers['next-router-prefetch'] !== undefined || headers['next-router-segment-prefetch'] !== undefined) return null;
  if (headers.purpose === 'prefetch' || headers['sec-purpose']?.includes('prefetch')) return null;
  return path.slice(1);
}

/** Counts one reading of `slug` in this instance, to be added to the database at the next flush. */
export function countView(slug: string): void {
  const count = state.pending.get(slug);
  if (count !== undefined) state.pending.set(slug, count + 1);
  else if (state.pending.size < MAX_PATHS) state.pending.set(slug, 1);
}

/** Adds the readings counted so far to the database; returns how many comparisons had some. */
export async function flushViews(): Promise<number> {
  if (state.pending.size === 0) return 0;
  const counts = state.pending;
  state.pending = new Map();
  return recordComparisonViews({ counts, run: counterConnection() });
}

/** Counts comparison readings on every HTTP server of this process and flushes them each minute. */
export function countComparisonViews(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit as (this: Server, ...a: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      const slug = viewedComparisonSlug(request.method, request.url, request.headers);
      if (slug !== null) countView(slug);
    }
    return emit.call(this, event, ...args);
  } as Server['emit'];
  proto[INSTALLED] = true;
  state.timer ??= setInterval(() => {
    flushViews().catch((error: unknown) => console.error('[views] could not add up comparison readings (the last minute’s are lost):', error));
  }, FLUSH_MS);
  state.timer.unref();
}
