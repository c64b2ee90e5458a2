// Run by `npm install` (postinstall): six changes to Next.js's server, four for speed and two for
// requests it answered wrongly (the last two, below). The first two are
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
// The fourth is for a page rendered into the cache at run time (a comparison page's first request
// after a save, a 404):
//
//  4. the size of every cache entry, measured as JSON. IncrementalCache.set stringified each entry
//     it stored to check a 2 MB limit that applies to data-cache (fetch) entries alone; a page's
//     entry holds its payload as a Buffer, which JSON spells out byte by byte (about 0.4 ms for a
//     20 KB page). It is now measured only for the entries the limit applies to.
//
// The last two are for requests Next answered wrongly:
//
//  5. a multipart post to a page whose body is not valid multipart. Next reads any multipart post to a
//     page as a possible form action (without JavaScript, a form posts its server action that way),
//     and a body that does not parse was thrown on to a bare "Internal Server Error". It now gets
//     what a well-formed post naming no action already gets: 400, "Invalid Server Action request.".
//  6. another method than GET or HEAD to a cached route handler (/api/comparisons/{slug}, the
//     sitemap). Next's cache key has no method, so a DELETE or POST got the cached body with a 200.
//     Such a request now skips the cache and reaches the route, which answers 405 for a method it
//     does not export. In the build template, which `next build` compiles into each route.
//
// Measured (README.md, Performance): side by side, the cached comparison page went from 0.85 to 0.92
// times the static page's throughput, the first change giving about two thirds of it; in the bench,
// from 0.85 to 0.90-0.91. The third change doubled what a browser's request for a cached page gets
// (see lib/cache/compressed-responses.ts). The fourth, with a fifth since removed (the per-segment
// prefetch data of the search results route, which the App Router no longer serves: pages/search.tsx),
// took a new search's render from about 10.2 to 8.4 ms of the server's main thread (README.md, Performance).
//
// Next ships the runtimes as minified one-line bundles, so each change is a checked text
// replacement rather than a patch file (patch-package's diff of the 57 KB line would be 140 KB of
// unreadable context). It applies to exactly the version pinned in package.json: anything else (an
// upgrade, a changed bundle) fails the install naming this file, rather than silently serving
// unpatched. Each change recognises its own work, so running it again changes nothing, and a file
// changed by an earlier version of this script gets the changes it lacks.
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

/** The source with the marker on its first line (once). */
function marked(source) {
  return source.startsWith(PATCHED_MARKER) ? source : `${PATCHED_MARKER}\n${source}`;
}

function once(source, pattern, what) {
  const found = [...source.matchAll(pattern)];
  if (found.length !== 1) throw new Error(`expected ${what} once, found it ${found.length} times`);
  return found[0];
}

const KEPT_SERVER_UTILS = 'this.__contrastServerUtils';

/** Change 1: the runtime's source with getServerUtils kept per route module. */
export function keepServerUtils(source) {
  if (source.includes(KEPT_SERVER_UTILS)) return marked(source);
  const start = once(source, SERVER_UTILS_START, 'the inlined getServerUtils');
  const call = once(source, SERVER_UTILS_CALL, 'the call of getServerUtils');
  if (call.index < start.index) throw new Error('the call of getServerUtils comes before its definition');
  const [, target] = start;
  const [callText, page, rewrites] = call;
  const kept = KEPT_SERVER_UTILS;
  return marked(
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
  if (source.includes(SCAN_LOOP_KEPT)) return marked(source);
  let patched = replaceOnce(source, SCAN_LOOP, SCAN_LOOP_KEPT, 'the dynamic-route loop of checkTrue');
  patched = replaceOnce(patched, RESOLVE_ROUTES, FIRST_POSSIBLE_ROUTE + RESOLVE_ROUTES, 'resolveRoutes');
  return marked(patched);
}

const COMPRESSION_END = 'o.end=function end(a,e){if(u){return false}if(!this._header){if(!this.getHeader("Content-Length")){m=chunkLength(a,e)}this._implicitHeader()}';
const COMPRESSION_END_ASKS =
  'o.end=function end(a,e){if(u){return false}if(!this._header){var pre=globalThis[Symbol.for("contrast.precompress")],bytes=pre&&pre(this,a,e);if(bytes){a=bytes;if(typeof e!=="function")e=void 0}if(!this.getHeader("Content-Length")){m=chunkLength(a,e)}this._implicitHeader()}';

/** Change 3: the compression middleware's `end` asks for bytes compressed before. */
export function askForPrecompressed(source) {
  if (source.includes(COMPRESSION_END_ASKS)) return marked(source);
  return marked(replaceOnce(source, COMPRESSION_END, COMPRESSION_END_ASKS, "the compression middleware's end"));
}

// IncrementalCache.set: `let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&...`.
const ENTRY_SIZE = new RegExp(`let (${IDENT})=JSON\\.stringify\\((${IDENT})\\)\\.length;if\\((${IDENT})\\.fetchCache&&\\1>2097152`, 'g');
const ENTRY_SIZE_MEASURED = new RegExp(`let (${IDENT})=(${IDENT})\\.fetchCache\\?JSON\\.stringify\\(${IDENT}\\)\\.length:0;if\\(\\2\\.fetchCache&&\\1>2097152`, 'g');

/** Change 4: IncrementalCache.set measures an entry as JSON only where its size limit applies. */
export function measureOnlyFetchEntries(source) {
  if ([...source.matchAll(ENTRY_SIZE_MEASURED)].length === 1) return marked(source);
  const found = once(source, ENTRY_SIZE, "IncrementalCache.set's size check");
  const [text, size, value, ctx] = found;
  const measured = `let ${size}=${ctx}.fetchCache?JSON.stringify(${value}).length:0;if(${ctx}.fetchCache&&${size}>2097152`;
  return marked(source.slice(0, found.index) + measured + source.slice(found.index + text.length));
}

// handleAction's no-JavaScript branch: a multipart post to a page may be a form's server action, so
// Next reads it as FormData: `try{[,f]=await Promise.all([pipe(...,{signal:c.signal}),r.formData()])}
// catch(e){throw c.abort(),e}`, and a body that is not valid multipart is thrown on to a bare 500.
// The same branch answers a well-formed post naming no action with `return H(Error("Invalid Server
// Actions request."),400)`: H, its handleUnrecognizedAction, is taken from there.
const FORM_DATA_READ = new RegExp(
  `(\\[,${IDENT}\\]=await Promise\\.all\\(\\[${IDENT}\\(${IDENT},${IDENT},${IDENT},\\{signal:(${IDENT})\\.signal\\}\\),${IDENT}\\.formData\\(\\)\\]\\)\\}catch\\((${IDENT})\\)\\{)throw \\2\\.abort\\(\\),\\3\\}(?=[^]{0,2000}?return (${IDENT})\\(Error\\("Invalid Server Actions request\\."\\),400\\))`,
  'g',
);
const FORM_DATA_REFUSED = /\}catch\(([A-Za-z_$][\w$]*)\)\{return [A-Za-z_$][\w$]*\.abort\(\),[A-Za-z_$][\w$]*\(\1,400\)\}/;

/**
 * Change 5: a multipart post to a page whose body is not valid multipart is answered 400, as a
 * well-formed one naming no server action already is, instead of a bare 500.
 */
export function refuseMalformedForms(source) {
  if (FORM_DATA_REFUSED.test(source)) return marked(source);
  const found = once(source, FORM_DATA_READ, "handleAction's FormData read");
  const [text, head, controller, error, refuse] = found;
  return marked(source.slice(0, found.index) + `${head}return ${controller}.abort(),${refuse}(${error},400)}` + source.slice(found.index + text.length));
}

const ROUTE_ISR = `    let isIsr = Boolean(prerenderManifest.dynamicRoutes[normalizedSrcPage] || isPrerendered);
`;
const ROUTE_ISR_READS_ONLY = `    // contrast (scripts/patch-next.mjs): only a read is answered from the cache or stored in it; any
    // other method reaches the route module, which answers 405 for a method the route does not export.
    let isIsr = Boolean(prerenderManifest.dynamicRoutes[normalizedSrcPage] || isPrerendered) && (req.method === 'GET' || req.method === 'HEAD' || !req.method);
`;

/**
 * Change 6: a cached route handler (the JSON API, the sitemap) answers only GET and HEAD from the
 * cache. Next's build template served the cached body, with a 200, to a DELETE or POST as well.
 */
export function cacheOnlyReads(source) {
  if (source.includes(ROUTE_ISR_READS_ONLY)) return marked(source);
  return marked(replaceOnce(source, ROUTE_ISR, ROUTE_ISR_READS_ONLY, "the route template's isIsr"));
}

/** The files of the next package this script changes, and how (each change in turn). */
export const PATCHES = [
  ...['app-page-turbo', 'app-page'].map((name) => ({
    file: `dist/compiled/next-server/${name}.runtime.prod.js`,
    changes: [keepServerUtils, measureOnlyFetchEntries, refuseMalformedForms],
  })),
  ...['app-route-turbo', 'app-route'].map((name) => ({ file: `dist/compiled/next-server/${name}.runtime.prod.js`, changes: [keepServerUtils, measureOnlyFetchEntries] })),
  { file: 'dist/server/lib/router-utils/resolve-routes.js', changes: [keepFirstDynamicRoute] },
  { file: 'dist/compiled/compression/index.js', changes: [askForPrecompressed] },
  // Build templates, compiled into every route handler by `next build`.
  ...['dist/build/templates/app-route.js', 'dist/esm/build/templates/app-route.js'].map((file) => ({ file, changes: [cacheOnlyReads] })),
];

/** A file's source with all of its changes made. */
export function patchSource(source, changes) {
  return changes.reduce((changed, change) => change(changed), source);
}

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
  for (const { file, changes } of PATCHES) {
    const full = path.join(nextDir, file);
    const source = await readFile(full, 'utf8');
    let patched;
    try {
      patched = patchSource(source, changes);
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
