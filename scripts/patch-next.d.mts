// Types for patch-next.mjs (plain JavaScript because `npm install` runs it before anything is built).
export const NEXT_VERSION: string;
export const PATCHED_MARKER: string;
/** resolve-routes.js's added helper, as source: `firstPossibleDynamicRoute(dynamicRoutes, pathname, invokedOutputs)`, using `opts`. */
export const FIRST_POSSIBLE_ROUTE: string;
export function keepServerUtils(source: string): string;
export function keepFirstDynamicRoute(source: string): string;
export function askForPrecompressed(source: string): string;
export const PATCHES: { file: string; patch: (source: string) => string }[];
export function nextDirectory(): string;
