// Types for patch-next.mjs (plain JavaScript because `npm install` runs it before anything is built).
export const NEXT_VERSION: string;
export const PATCHED_MARKER: string;
/** resolve-routes.js's added helper, as source: `firstPossibleDynamicRoute(dynamicRoutes, pathname, invokedOutputs)`, using `opts`. */
export const FIRST_POSSIBLE_ROUTE: string;
export function keepServerUtils(source: string): string;
export function keepFirstDynamicRoute(source: string): string;
export function askForPrecompressed(source: string): string;
/** The expression Next's changed collectSegmentData calls with the route's path. */
export const SKIP_PREFETCH_SEGMENTS_HOOK: string;
export function askBeforeSegmentData(source: string): string;
export function measureOnlyFetchEntries(source: string): string;
export function refuseMalformedForms(source: string): string;
export function cacheOnlyReads(source: string): string;
export type Change = (source: string) => string;
export const PATCHES: { file: string; changes: Change[] }[];
export function patchSource(source: string, changes: Change[]): string;
export function nextDirectory(): string;
