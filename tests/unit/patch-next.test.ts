// scripts/patch-next.mjs changes Next.js's server at install time so that a page of a dynamic route
// (every comparison page) does not recompute, per request, what cannot change, and a page rendered
// into the cache does no work nothing uses. These tests run the changed code
// itself: what it keeps, when it makes it anew, what it skips, and that the installed Next has it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  askForPrecompressed,
  cacheOnlyReads,
  FIRST_POSSIBLE_ROUTE,
  keepFirstDynamicRoute,
  keepServerUtils,
  measureOnlyFetchEntries,
  NEXT_VERSION,
  nextDirectory,
  PATCHED_MARKER,
  PATCHES,
  patchSource,
  refuseMalformedForms,
} from '@/scripts/patch-next.mjs';

// The shape of Next's RouteModule.prepare around its inlined getServerUtils, with the minifier's
// names; the function records every time it is made.
const PREPARE = `(function(made){return class RouteModule{prepare(page,h){let E=page,y=void 0,g="",v=h.rewrites,C=!0,A=function({page:e,i18n:t,basePath:r,rewrites:n,pageIsDynamic:i,trailingSlash:s,caseSensitive:o}){made.push(e);return{page:e,rewrites:n,regex:RegExp(e)}}({page:E,i18n:y,basePath:g,rewrites:v,pageIsDynamic:C,trailingSlash:process.env.__NEXT_TRAILING_SLASH,caseSensitive:!!h.caseSensitive});return A}}})`;

type Prepare = (page: string, manifest: { rewrites: object; caseSensitive?: boolean }) => { page: string; rewrites: object };
type RouteModuleClass = new () => { prepare: Prepare };

function routeModuleClass(source: string, made: string[]): RouteModuleClass {
  return (runInThisContext(source) as (made: string[]) => RouteModuleClass)(made);
}

describe('server utilities kept per route module', () => {
  it('are made once for a page and its rewrites, and anew for other rewrites', () => {
    const made: string[] = [];
    const RouteModule = routeModuleClass(keepServerUtils(PREPARE), made);
    const manifest = { rewrites: { beforeFiles: [] } };
    const routeModule = new RouteModule();
    const first = routeModule.prepare('/[[...slug]]', manifest);
    expect(routeModule.prepare('/[[...slug]]', manifest)).toBe(first);
    expect(made).toEqual(['/[[...slug]]']);

    const reloaded = { rewrites: { beforeFiles: [] } };
    expect(routeModule.prepare('/[[...slug]]', reloaded).rewrites).toBe(reloaded.rewrites);
    expect(routeModule.prepare('/figures/[[...slug]]', reloaded).page).toBe('/figures/[[...slug]]');
    expect(made).toEqual(['/[[...slug]]', '/[[...slug]]', '/figures/[[...slug]]']);

    new RouteModule().prepare('/[[...slug]]', reloaded);
    expect(made).toHaveLength(4);
  });

  it('are made on every call without the change (the behaviour it replaces)', () => {
    const made: string[] = [];
    const routeModule = new (routeModuleClass(PREPARE, made))();
    const manifest = { rewrites: {} };
    expect(routeModule.prepare('/[[...slug]]', manifest)).not.toBe(routeModule.prepare('/[[...slug]]', manifest));
    expect(made).toHaveLength(2);
  });

  it('is applied once, and refuses a runtime it does not recognise', () => {
    const patched = keepServerUtils(PREPARE);
    expect(patched.startsWith(PATCHED_MARKER)).toBe(true);
    expect(keepServerUtils(patched)).toBe(patched);
    expect(() => keepServerUtils(PREPARE.replace('rewrites:v', 'rewrites:v.rewrites'))).toThrow('expected the call of getServerUtils once, found it 0 times');
    expect(() => keepServerUtils(PREPARE + PREPARE)).toThrow('expected the inlined getServerUtils once, found it 2 times');
  });
});

type Route = { match: (pathname: string) => object | false };
type FirstPossible = (routes: Route[], pathname: string, invokedOutputs?: Set<string>) => number;

function firstPossible(opts: { dev: boolean }): FirstPossible {
  return new Function('opts', `${FIRST_POSSIBLE_ROUTE}\nreturn firstPossibleDynamicRoute;`)(opts) as FirstPossible;
}

/** Routes that count the paths they are tried on: two with a fixed first segment, then a catch-all. */
function routes(tried: string[]): Route[] {
  const route = (test: (pathname: string) => boolean): Route => ({ match: (pathname) => (tried.push(pathname), test(pathname) && {}) });
  return [route((p) => p.startsWith('/admin/')), route((p) => p.startsWith('/figures/')), route(() => true)];
}

describe('the first dynamic route a path can match', () => {
  it('is found once per path, then the router starts there', () => {
    const tried: string[] = [];
    const list = routes(tried);
    const first = firstPossible({ dev: false });
    expect(first(list, '/lenin-vs-stalin', new Set())).toBe(2);
    expect(tried).toHaveLength(3);
    expect(first(list, '/lenin-vs-stalin', new Set())).toBe(2);
    expect(first(list, '/lenin-vs-stalin')).toBe(2);
    expect(tried).toHaveLength(3);
    expect(first(list, '/figures/lenin')).toBe(1);
    expect(first(list, '/admin/figures/1')).toBe(0);
  });

  it('is past the end when no route matches', () => {
    const first = firstPossible({ dev: false });
    expect(first([{ match: () => false }, { match: () => false }], '/nothing')).toBe(2);
  });

  it('is not used when the request has tried routes already, in development, or for a very long path', () => {
    const tried: string[] = [];
    const list = routes(tried);
    expect(firstPossible({ dev: false })(list, '/lenin-vs-stalin', new Set(['/[[...slug]]']))).toBe(0);
    expect(firstPossible({ dev: true })(list, '/lenin-vs-stalin')).toBe(0);
    expect(firstPossible({ dev: false })(list, `/${'a'.repeat(600)}`)).toBe(0);
    expect(tried).toHaveLength(0);
  });

  it('is found anew for another list of routes', () => {
    const tried: string[] = [];
    const first = firstPossible({ dev: false });
    first(routes(tried), '/lenin-vs-stalin');
    expect(first(routes(tried), '/lenin-vs-stalin')).toBe(2);
    expect(tried).toHaveLength(6);
  });

  it('is kept for at most 1,000 paths, the oldest forgotten first', () => {
    const tried: string[] = [];
    const list = routes(tried);
    const first = firstPossible({ dev: false });
    for (let i = 0; i <= 1000; i++) first(list, `/page-${i}`);
    tried.length = 0;
    first(list, '/page-1000');
    expect(tried).toHaveLength(0);
    first(list, '/page-0');
    expect(tried).toHaveLength(3);
  });

  it('is applied once to the router, and refuses a router it does not recognise', () => {
    const router = `"use strict";\n    async function resolveRoutes({ req, res, isUpgradeReq, invokedOutputs }) {\n            const localeResult = fsChecker.handleLocale(curPathname || '');\n            for (const route of dynamicRoutes){\n            }\n    }\n`;
    const patched = keepFirstDynamicRoute(router);
    expect(patched).toContain('for (const route of dynamicRoutes.slice(firstPossibleDynamicRoute(dynamicRoutes, localeResult.pathname, invokedOutputs))){');
    expect(patched).toContain(FIRST_POSSIBLE_ROUTE);
    expect(keepFirstDynamicRoute(patched)).toBe(patched);
    expect(() => keepFirstDynamicRoute(router.replace('for (const route of dynamicRoutes){', 'for (const r of routes){'))).toThrow(
      'expected the dynamic-route loop of checkTrue once, found it 0 times',
    );
  });
});

describe("the compression middleware's end", () => {
  const END = 'o.end=function end(a,e){if(u){return false}if(!this._header){if(!this.getHeader("Content-Length")){m=chunkLength(a,e)}this._implicitHeader()}if(!x){return v.call(this,a,e)}';

  it('asks the hook for bytes compressed before, once, and refuses a middleware it does not recognise', () => {
    const patched = askForPrecompressed(END);
    expect(patched).toContain('globalThis[Symbol.for("contrast.precompress")]');
    expect(askForPrecompressed(patched)).toBe(patched);
    expect(() => askForPrecompressed(END.replace('chunkLength(a,e)', 'length(a)'))).toThrow("expected the compression middleware's end once, found it 0 times");
  });
});

// IncrementalCache.set as minified: the size check of a data-cache (fetch) entry.
const SET = `(function(e,t,r){let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152){return "refused: "+i}return "stored"})`;
type CacheSet = (key: string, value: object, ctx: { fetchCache?: boolean }) => string;

describe("the size check of the cache's entries", () => {
  /** An entry that counts how often it is turned into JSON. */
  function entry(bytes: number) {
    const entry = { stringified: 0, toJSON: () => (entry.stringified++, 'x'.repeat(bytes)) };
    return entry;
  }

  it('turns only data-cache entries into JSON, and still refuses one over 2 MB', () => {
    const set = runInThisContext(measureOnlyFetchEntries(SET)) as CacheSet;
    const page = entry(3_000_000);
    expect(set('/search/war/1', page, {})).toBe('stored');
    expect(page.stringified).toBe(0);
    const data = entry(3_000_000);
    expect(set('fetch', data, { fetchCache: true })).toBe('refused: 3000002');
    expect(set('fetch', entry(10), { fetchCache: true })).toBe('stored');
    expect(data.stringified).toBe(1);
  });

  it('turned every entry into JSON without the change (the cost it removes)', () => {
    const page = entry(10);
    (runInThisContext(SET) as CacheSet)('/search/war/1', page, {});
    expect(page.stringified).toBe(1);
  });

  it('is changed once, and a cache it does not recognise is refused', () => {
    const changed = measureOnlyFetchEntries(SET);
    expect(measureOnlyFetchEntries(changed)).toBe(changed);
    expect(() => measureOnlyFetchEntries(SET.replace('r.fetchCache&&', ''))).toThrow("expected IncrementalCache.set's size check once, found it 0 times");
  });
});

// The shape of handleAction's no-JavaScript branch, with the minifier's names: the body is piped
// into a Request whose formData() parses it; E answers an unrecognised action with a status.
const ACTION = `(async function(pipe,parse){let E=(e,s)=>({type:"done",status:s,message:e.message});let P,T,w,e,t={},r={formData:parse},n=new AbortController;try{[,e]=await Promise.all([pipe(P,T,t,{signal:n.signal}),r.formData()])}catch(e){throw n.abort(),e}try{if(!function(e,t){return e.valid}(e,w))return E(Error("Invalid Server Actions request."),400)}catch(e){return E(e,409)}return{type:"action",form:e}})`;
type HandleAction = (pipe: () => Promise<void>, parse: () => Promise<object>) => Promise<{ type: string; status?: number; message?: string }>;

describe('a multipart post to a page that is not valid multipart', () => {
  const handleAction = (source: string) => runInThisContext(source) as HandleAction;
  const pipe = () => Promise.resolve();
  const malformed = () => Promise.reject(new TypeError('Failed to parse body as FormData.'));

  it('is answered 400 like a post naming no action, and a well-formed one is read as before', async () => {
    const changed = handleAction(refuseMalformedForms(ACTION));
    expect(await changed(pipe, malformed)).toEqual({ type: 'done', status: 400, message: 'Failed to parse body as FormData.' });
    expect(await changed(pipe, () => Promise.resolve({ valid: false }))).toMatchObject({ type: 'done', status: 400 });
    expect(await changed(pipe, () => Promise.resolve({ valid: true }))).toEqual({ type: 'action', form: { valid: true } });
  });

  it('was thrown on to a bare 500 without the change', async () => {
    await expect(handleAction(ACTION)(pipe, malformed)).rejects.toThrow('Failed to parse body as FormData.');
  });

  it('is changed once, and a handler it does not recognise is refused', () => {
    const changed = refuseMalformedForms(ACTION);
    expect(refuseMalformedForms(changed)).toBe(changed);
    expect(() => refuseMalformedForms(ACTION.replace('Invalid Server Actions request.', 'Bad.'))).toThrow("expected handleAction's FormData read once, found it 0 times");
  });
});

// The shape of the route template around its ISR decision: a cached route answers from the cache.
const ROUTE_HANDLER = `(function(prerenderManifest){return function handler(req){const normalizedSrcPage='/api/comparisons/[slug]/route',isPrerendered=false;
    let isIsr = Boolean(prerenderManifest.dynamicRoutes[normalizedSrcPage] || isPrerendered);
return isIsr?'from the cache':'to the route'}})`;

describe('another method than GET or HEAD to a cached route handler', () => {
  const handler = (source: string) => (runInThisContext(source) as (m: object) => (req: { method?: string }) => string)({ dynamicRoutes: { '/api/comparisons/[slug]/route': {} } });

  it('reaches the route (which answers 405), while GET and HEAD are answered from the cache', () => {
    const changed = handler(cacheOnlyReads(ROUTE_HANDLER));
    for (const method of ['GET', 'HEAD', undefined]) expect(changed({ method }), String(method)).toBe('from the cache');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) expect(changed({ method }), method).toBe('to the route');
  });

  it('got the cached body without the change', () => {
    expect(handler(ROUTE_HANDLER)({ method: 'DELETE' })).toBe('from the cache');
  });

  it('is changed once, and a template it does not recognise is refused', () => {
    const changed = cacheOnlyReads(ROUTE_HANDLER);
    expect(cacheOnlyReads(changed)).toBe(changed);
    expect(() => cacheOnlyReads(ROUTE_HANDLER.replace('|| isPrerendered', ''))).toThrow("expected the route template's isIsr once, found it 0 times");
  });
});

describe('a file with several changes', () => {
  it('gets each of them once, including those a file changed by an earlier version of the script lacks', () => {
    const source = `${PREPARE};${SET}`;
    const changes = [keepServerUtils, measureOnlyFetchEntries];
    const all = patchSource(source, changes);
    expect(all.split(PATCHED_MARKER)).toHaveLength(2);
    expect(all).toContain('this.__contrastServerUtils');
    expect(all).toContain('r.fetchCache?JSON.stringify(t).length:0');
    expect(patchSource(all, changes)).toBe(all);
    // What the first version of the script left: the marker and the first change only.
    expect(patchSource(keepServerUtils(source), changes)).toBe(all);
  });
});

describe('the installed Next.js', () => {
  it('is the version the changes were written for, and has every change (npm install runs scripts/patch-next.mjs)', () => {
    const next = nextDirectory();
    expect((JSON.parse(readFileSync(path.join(next, 'package.json'), 'utf8')) as { version: string }).version).toBe(NEXT_VERSION);
    for (const { file, changes } of PATCHES) {
      const source = readFileSync(path.join(next, file), 'utf8');
      expect(source.startsWith(PATCHED_MARKER), file).toBe(true);
      expect(patchSource(source, changes), `${file} lacks a change`).toBe(source);
    }
    const runtime = readFileSync(path.join(next, 'dist/compiled/next-server/app-page-turbo.runtime.prod.js'), 'utf8');
    expect(runtime).toContain('this.__contrastServerUtils');
    expect(runtime).toMatch(/\}catch\(e\)\{return n\.abort\(\),E\(e,400\)\}/);
  });
});
