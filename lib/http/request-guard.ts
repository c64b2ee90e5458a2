import { Server, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';

// Some requests go wrong inside Next.js before any code of ours runs, so they are answered here,
// as each request reaches the HTTP server, before Next sees it:
//  - A method Next does not handle (TRACE, PROPFIND …): Next answers a bare 500. Here, a 501.
//  - A request target that is not a path. `*` (asterisk-form): Next answers a bare 500; here,
//    a 400. `http://host/path` (absolute-form, RFC 9112 3.2.2): Next keeps the request line's
//    host in the URL, so the proxy's lower-casing redirect pointed at whatever host a client
//    wrote there. Here it is cut down to its path and query; the Host header still routes.
//  - PUT, PATCH or DELETE of a page (any path outside /api and /_next): Next served the cached
//    page with a 200, as for a GET. Here, a 405 naming what a page takes: GET, HEAD and POST (a
//    form's server action); OPTIONS, which Next answered with an empty 400, gets the same list
//    with a 204. So a route handler that takes PUT, PATCH or DELETE belongs under /api.
//    The search page (pages/search.tsx, the Pages Router's) has no server action: a POST to it
//    would run a search, so it takes GET and HEAD only, and its 405 and OPTIONS answers say so.
//  - A server action called from another site (header Next-Action, an Origin whose host is not
//    the request's): Next refuses it, rightly, but with a bare 500. Here, a 403, with Next's own
//    test (the Origin's host against X-Forwarded-Host's first value, else Host).
//  - A form post to a page larger than a server action may be (3 MB, next.config.js), or of
//    unknown length: Next reads it whole before any of our code runs (a 1-byte body declared as
//    100 MB held the request open), then answers a bare 500 once past the limit. Here, a 413
//    from the headers alone. Uploads go to routes under /api, which read their own bodies.
// This runs for every request, cached pages included, so the common case (a GET of a path)
// costs two comparisons.

const INSTALLED = Symbol.for('contrast.requestGuard');
const SLASH = 47;

/** Larger form posts to pages are refused, as is one of unknown length (Transfer-Encoding). */
export const MAX_PAGE_POST_BYTES = 3_000_000;

/** What to do with a request: hand it to Next (its URL rewritten, or not), or answer it here. */
export type GuardStatus = 204 | 400 | 403 | 405 | 413 | 501;
export type GuardVerdict = { action: 'pass' } | { action: 'rewrite'; url: string } | { action: 'answer'; status: GuardStatus };

const PASS: GuardVerdict = Object.freeze({ action: 'pass' });
const BAD_TARGET: GuardVerdict = Object.freeze({ action: 'answer', status: 400 });
const TOO_LARGE: GuardVerdict = Object.freeze({ action: 'answer', status: 413 });
const NOT_IMPLEMENTED: GuardVerdict = Object.freeze({ action: 'answer', status: 501 });
const NOT_ALLOWED: GuardVerdict = Object.freeze({ action: 'answer', status: 405 });
const CROSS_SITE: GuardVerdict = Object.freeze({ action: 'answer', status: 403 });
const OPTIONS: GuardVerdict = Object.freeze({ action: 'answer', status: 204 });

/** What a page takes (405 and OPTIONS answers say so). */
export const PAGE_METHODS = 'GET, HEAD, POST, OPTIONS';
/** What a page without server actions takes. */
export const READ_ONLY_PAGE_METHODS = 'GET, HEAD, OPTIONS';
/** Pages without server actions (pathnames). */
const READ_ONLY_PAGES: ReadonlySet<string> = new Set(['/search']);

/** Whether the page at `path` (its query included or not) has no server action to take a POST. */
function isReadOnlyPage(path: string): boolean {
  const query = path.indexOf('?');
  return READ_ONLY_PAGES.has(query === -1 ? path : path.slice(0, query));
}

/** What the page at `path` (its query included or not) takes. */
export function pageMethods(path: string): string {
  return isReadOnlyPage(path) ? READ_ONLY_PAGE_METHODS : PAGE_METHODS;
}

/** What the guard does with a request, from its method, its request target and its headers. */
export function guardVerdict(method: string, url: string, headers: IncomingHttpHeaders): GuardVerdict {
  if (method === 'GET' && url.charCodeAt(0) === SLASH) return PASS;
  if (!isSupportedMethod(method)) return NOT_IMPLEMENTED;
  const path = url.charCodeAt(0) === SLASH ? url : originForm(url);
  if (path === null) return BAD_TARGET;
  if (method === 'POST' && headers['next-action'] !== undefined && isCrossSite(headers)) return CROSS_SITE;
  if (isPagePath(path)) {
    if (method === 'PUT' || method === 'PATCH' || method === 'DELETE') return NOT_ALLOWED;
    if (method === 'OPTIONS') return OPTIONS;
    if (method === 'POST' && isReadOnlyPage(path)) return NOT_ALLOWED;
    if (method === 'POST' && hasLargeBody(headers)) return TOO_LARGE;
  }
  return path === url ? PASS : { action: 'rewrite', url: path };
}

/** The methods Next.js serves (pages: GET, HEAD, POST for actions; route handlers: all seven). */
export function isSupportedMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE' || method === 'OPTIONS';
}

/**
 * The path and query of an absolute-form target (`http://host/path?query`, scheme in any case),
 * `/` when it has neither; null for any other target that does not start with `/` (`*`, garbage).
 */
export function originForm(url: string): string | null {
  const scheme = /^https?:\/\//i.exec(url);
  if (!scheme) return null;
  const rest = url.slice(scheme[0].length);
  const end = rest.search(/[/?#]/);
  if (end === -1 || rest[end] === '#') return '/';
  return rest[end] === '?' ? `/${rest.slice(end)}` : rest.slice(end);
}

/**
 * Whether a request names an Origin whose host is not the one it was sent to: Next's own test for
 * server actions (parseHostHeader in next/dist/server/app-render/action-handler.js). No Origin
 * (a hand-made request, which carries no one else's cookies) is not cross-site, as for Next.
 */
export function isCrossSite(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = headers['x-forwarded-host'];
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0])?.trim();
  return originHost !== (forwardedHost || headers.host);
}

/** A path Next serves as a page (or a route handler outside /api): not /api/…, not /_next/…. */
function isPagePath(path: string): boolean {
  return !path.startsWith('/api/') && !path.startsWith('/_next/');
}

/** A body of MAX_PAGE_POST_BYTES or more, or of a length not known from the headers. */
function hasLargeBody(headers: IncomingHttpHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && !(Number(length) < MAX_PAGE_POST_BYTES);
}

const TOO_LARGE_MESSAGE = 'This form is too large to send: a page accepts at most 3 MB. Go back, shorten what you wrote, and send it again.';
const TOO_LARGE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large to send</title><h1>Too large to send</h1><p>${TOO_LARGE_MESSAGE}</p>`;

/** The complete answer to a refused request: its status, content type and body (`allow`: what the page takes). */
export function guardAnswer(status: GuardStatus, method: string, allow = PAGE_METHODS): { status: number; contentType: string; body: string } {
  if (status === 413) return { status, contentType: 'text/html; charset=utf-8', body: TOO_LARGE_PAGE };
  const bodies: Record<Exclude<GuardStatus, 413>, string> = {
    204: '',
    400: 'This request names no path: ask for an address that starts with /.\n',
    403: 'This form was sent from another site, so it was not accepted. Open the page on this site and send it from there.\n',
    405: `A page cannot be changed with ${method}: it answers ${allow}.\n`,
    501: `This server does not support the ${method} method: it answers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS.\n`,
  };
  return { status, contentType: 'text/plain; charset=utf-8', body: bodies[status] };
}

/**
 * Answers the request and closes the connection, whose unread body (a 413's, or a refused
 * method's) is then never read. Throws only before anything is sent, if at all.
 */
function answer(request: IncomingMessage, response: ServerResponse, status: GuardStatus): void {
  const target = request.url ?? '/';
  const allow = pageMethods(target.charCodeAt(0) === SLASH ? target : (originForm(target) ?? '/'));
  const { contentType, body } = guardAnswer(status, request.method ?? '', allow);
  response.writeHead(status, {
    ...(status === 204 ? {} : { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) }),
    ...(status === 204 || status === 405 ? { Allow: allow } : {}),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(body);
}

/**
 * Answers, on every HTTP server of this process, the requests Next.js would mishandle (see
 * above), and rewrites absolute-form targets to their path, before Next sees them.
 */
export function guardRequests(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit as (this: Server, ...a: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const request = args[0] as IncomingMessage;
    const response = args[1] as ServerResponse;
    let verdict = PASS;
    try {
      verdict = guardVerdict(request.method ?? '', request.url ?? '', request.headers);
      if (verdict.action === 'rewrite') request.url = verdict.url;
      else if (verdict.action === 'answer') {
        answer(request, response, verdict.status);
        return true;
      }
    } catch (error) {
      // A bug here must not take requests down with it: Next gets the request as it came, unless
      // part of an answer has gone out already.
      console.error('[request-guard]', error);
      if (response.headersSent) {
        response.destroy();
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as Server['emit'];
  proto[INSTALLED] = true;
}
