// Run by `npm install` (postinstall): three changes to Next.js's server, for speed. The first two are
// for every page with a dynamic segment in its route (every comparison page: /{a}-vs-{b}, the optional
// catch-all app/(public)/[[...slug]]). Each keeps what Next 16.4 recomputes on every request although
// its inputs never change in a running production server:
//
//  1. the route's server utilities. RouteModule.prepare calls getServerUtils per request, which
//     compiles the route's regular expressions again (getNamedRouteRegex with prefixRouteKeys,
//     structuredClone, ...). Its inputs are the page and the routes manifest; what it returns holds
//     those regular expressions and functions of the request, nothing of one request. It is kept
//     per route module, for the page and rewrites it was made from (other ones, say a manifest
//     reloaded in development, make it anew). In the compiled runtimes of app pages and app routes.
//  2. which dynamic route a path can match. The router tries every dynamic route in turn, and the
//     catch-all of the comparison pages comes last, after the 27 others. The index of the first
//     route whose pattern matches is kept per path (at most 1,000 paths, the oldest dropped first;
//     not in development, whose routes change), so the next request for that path tests that route
//     first. Everything after that test is Next's own loop, unchanged: only routes that cannot
//     match are skipped, and never when the request has already tried some routes (invokedOutputs).
//  3. the compression of a page sent whole. Next's compression middleware gzips every response
//     afresh, a page from the cache included. Its `end` now first asks the hook that
//     lib/cache/compressed-responses.ts installs (globalThis[Symbol.for('contrast.precompress')])
//     for bytes compressed once and kept; given them, it sends them as they are (the middleware then
//     sees them encoded already and starts no zlib stream). Without the hook, nothing changes.
//
// Measured (README.md, Performance): side by side, the cached comparison page went from 0.85 to 0.92
// times the static page's throughput, the first change giving about two thirds of it; in the bench,
// from 0.85 to 0.90-0.91. The third change doubled what a browser's request for a cached page gets
// (see lib/cache/compressed-responses.ts).
//
// Next ships the runtimes as minified one-line bundles, so each change is a checked text
// replacement rather than a patch file (patch-package's diff of the 57 KB line would be 140 KB of
// unreadable context). It applies to exactly the version pinned in package.json: anything else (an
// upgrade, a changed bundle) fails the install naming this file, rather than silently serving
// unpatched. Running it again changes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const NEXT_VERSION = '16.4.6';
export const PATCHED_MARKER = '/* contrast: patched */';

const IDENT = '[A-Za-z_$][\\w$]*';

// `X=function({page:e,...}){...}({page:P,i18n:I,basePath:B,rewrites:R,...})`: getServerUtils,
// inlined by the minifier and called at once; its destructured parameters name it.
const SERVER_UTILS_START = new RegExp(
  `(${IDENT})=function\\(\\{page:${IDENT},i18n:${IDENT},basePath:${IDENT},rewrites:${IDENT},pageIsDynamic:${IDENT},trailingSlash:${IDENT},caseSensitive:${IDENT}\\}\\)\\{`,
  'g',
);
const SERVER_UTILS_CALL = new RegExp(
  `\\}\\(\\{page:(${IDENT}),i18n:${IDENT},basePath:${IDENT},rewrites:(${IDENT}),pageIsDynamic:${IDENT},trailingSlash:process\\.env\\.__NEXT_TRAILING_SLASH,caseSensitive:!!${IDENT}\\.caseSensitive\\}\\)`,
  'g',
);

function once(source, pattern, what) {
  const found = [...source.matchAll(pattern)];
  if (found.length !== 1) throw new Error(`expected ${what} once, found it ${found.length} times`);
  return found[0];
}

/** Change 1: the runtime's source with getServerUtils kept per route module. */
export function keepServerUtils(source) {
  if (source.includes(PATCHED_MARKER)) return source;
  const start = once(source, SERVER_UTILS_START, 'the inlined getServerUtils');
  const call = once(source, SERVER_UTILS_CALL, 'the call of getServerUtils');
  if (call.index < start.index) throw new Error('the call of getServerUtils comes before its definition');
  const [, target] = start;
  const [callText, page, rewrites] = call;
  const kept = 'this.__contrastServerUtils';
  return (
    `${PATCHED_MARKER}\n` +
    source.slice(0, start.index) +
    `${target}=${kept}?.page===${page}&&${kept}.rewrites===${rewrites}?${kept}.utils:(${kept}={page:${page},rewrites:${rewrites},utils:function(` +
    source.slice(start.index + `${target}=function(`.length, call.index) +
    `${callText}}).utils` +
    source.slice(call.index + callText.length)
  );
}

const SCAN_LOOP = `            const localeResult = fsChecker.handleLocale(curPathname || '');
            for (const route of dynamicRoutes){
`;
const SCAN_LOOP_KEPT = `            const localeResult = fsChecker.handleLocale(curPathname || '');
            for (const route of dynamicRoutes.slice(firstPossibleDynamicRoute(dynamicRoutes, localeResult.pathname, invokedOutputs))){
`;
const RESOLVE_ROUTES = `    async function resolveRoutes({ req, res, isUpgradeReq, invokedOutputs }) {
`;
export const FIRST_POSSIBLE_ROUTE = `    // contrast (scripts/patch-next.mjs): the index of the first dynamic route whose pattern
    // matches a path, kept per path, so that the loop below starts there.
    const firstMatches = new Map();
    const FIRST_MATCHES_MAX = 1000;
    const FIRST_MATCH_PATH_MAX = 512;
    function firstPossibleDynamicRoute(dynamicRoutes, pathname, invokedOutputs) {
        if (opts.dev || (invokedOutputs == null ? void 0 : invokedOutputs.size) || typeof pathname !== 'string' || pathname.length > FIRST_MATCH_PATH_MAX) return 0;
        const kept = firstMatches.get(pathname);
        if (kept && kept.routes === dynamicRoutes) return kept.index;
        let index = dynamicRoutes.findIndex((route)=>route.match(pathname));
        if (index === -1) index = dynamicRoutes.length;
        if (!kept && firstMatches.size >= FIRST_MATCHES_MAX) firstMatches.delete(firstMatches.keys().next().value);
        firstMatches.set(pathname, { routes: dynamicRoutes, index });
        return index;
    }
`;

function replaceOnce(source, from, to, what) {
  const parts = source.split(from);
  if (parts.length !== 2) throw new Error(`expected ${what} once, found it ${parts.length - 1} times`);
  return parts.join(to);
}

/** Change 2: resolve-routes.js with the first possible dynamic route kept per path. */
export function keepFirstDynamicRoute(source) {
  if (source.includes(PATCHED_MARKER)) return source;
  let patched = replaceOnce(source, SCAN_LOOP, SCAN_LOOP_KEPT, 'the dynamic-route loop of checkTrue');
  patched = replaceOnce(patched, RESOLVE_ROUTES, FIRST_POSSIBLE_ROUTE + RESOLVE_ROUTES, 'resolveRoutes');
  return `${PATCHED_MARKER}\n${patched}`;
}

const COMPRESSION_END = 'o.end=function end(a,e){if(u){return false}if(!this._header){if(!this.getHeader("Content-Length")){m=chunkLength(a,e)}this._implicitHeader()}';
const COMPRESSION_END_ASKS =
  'o.end=function end(a,e){if(u){return false}if(!this._header){var pre=globalThis[Symbol.for("contrast.precompress")],bytes=pre&&pre(this,a,e);if(bytes){a=bytes;if(typeof e!=="function")e=void 0}if(!this.getHeader("Content-Length")){m=chunkLength(a,e)}this._implicitHeader()}';

/** Change 3: the compression middleware's `end` asks for bytes compressed before. */
export function askForPrecompressed(source) {
  if (source.includes(PATCHED_MARKER)) return source;
  return `${PATCHED_MARKER}\n${replaceOnce(source, COMPRESSION_END, COMPRESSION_END_ASKS, "the compression middleware's end")}`;
}

/** The files of the next package this script changes, and how. */
export const PATCHES = [
  ...['app-page-turbo', 'app-page', 'app-route-turbo', 'app-route'].map((name) => ({ file: `dist/compiled/next-server/${name}.runtime.prod.js`, patch: keepServerUtils })),
  { file: 'dist/server/lib/router-utils/resolve-routes.js', patch: keepFirstDynamicRoute },
  { file: 'dist/compiled/compression/index.js', patch: askForPrecompressed },
];

/** The installed next package's directory. */
export function nextDirectory() {
  return path.dirname(createRequire(import.meta.url).resolve('next/package.json'));
}

async function main() {
  const nextDir = nextDirectory();
  const { version } = JSON.parse(await readFile(path.join(nextDir, 'package.json'), 'utf8'));
  if (version !== NEXT_VERSION) {
    throw new Error(`next is ${version}, but these changes were written for ${NEXT_VERSION}: check whether they are still needed, then update NEXT_VERSION`);
  }
  // Every change is worked out before any file is written: a failure leaves Next as it was.
  const writes = [];
  for (const { file, patch } of PATCHES) {
    const full = path.join(nextDir, file);
    const source = await readFile(full, 'utf8');
    let patched;
    try {
      patched = patch(source);
    } catch (error) {
      throw new Error(`${file}: ${error.message}`);
    }
    if (patched !== source) writes.push({ full, patched });
  }
  for (const { full, patched } of writes) await writeFile(full, patched);
  const changed = writes.length;
  const already = PATCHES.length - changed;
  console.log(`scripts/patch-next.mjs: next ${version}: changed ${changed} of ${PATCHES.length} files${already ? ` (${already} had been changed already)` : ''}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`scripts/patch-next.mjs: could not patch Next.js: ${error.message}`);
    process.exit(1);
  });
}
