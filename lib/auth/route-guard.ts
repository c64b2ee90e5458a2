// What reaches Auth.js's own HTTP endpoints (app/api/auth/[...nextauth]). The site signs in and
// out through server actions (lib/actions/auth.ts); over HTTP only the bench signs in, as Auth.js's
// own form does (bench/admin-lists.ts: GET csrf, then POST callback/credentials). Everything else
// Auth.js would answer (its unbranded sign-in, sign-out, error and verify-request pages, other
// providers' callbacks, WebAuthn options) is a 404 here, and the pages a person might open lead to
// our login page instead.
import { NextRequest } from 'next/server';
import { AppError, errorResponse } from '../errors';

const BASE_PATH = '/api/auth';

/** The actions passed on to Auth.js, by method, as the path after /api/auth/. */
const PASSED: Readonly<Record<string, readonly string[]>> = {
  GET: ['csrf', 'session', 'providers'],
  POST: ['callback/credentials', 'signout'],
};

/** Auth.js's HTML pages, which a person might open from a bookmark: our login page instead. */
const PAGES: readonly string[] = ['signin', 'signout', 'error'];

/**
 * Auth.js refuses a whole request, with a 500, when its callback-url cookie is not an http(s)
 * URL (assertConfig in @auth/core). Its other cookies it checks and replaces itself.
 */
const CALLBACK_URL_COOKIES: ReadonlySet<string> = new Set(['authjs.callback-url', '__Secure-authjs.callback-url']);

const NO_STORE = { 'Cache-Control': 'no-store' };

export type AuthRouteDecision = { kind: 'pass' } | { kind: 'login'; location: string } | { kind: 'not-found' };

/** What to do with a request to `pathname` (as Auth.js reads it: the raw path, not decoded). */
export function authRouteDecision(method: string, pathname: string, search = ''): AuthRouteDecision {
  if (!pathname.startsWith(`${BASE_PATH}/`)) return { kind: 'not-found' };
  const action = pathname.slice(BASE_PATH.length + 1);
  // Next answers HEAD with the GET handler.
  const verb = method === 'HEAD' ? 'GET' : method;
  if (PASSED[verb]?.includes(action)) return { kind: 'pass' };
  if (verb === 'GET' && PAGES.includes(action)) return { kind: 'login', location: loginLocation(action, search) };
  return { kind: 'not-found' };
}

/** /login, saying that signing in failed when Auth.js's error page was asked for. */
function loginLocation(action: string, search: string): string {
  if (action !== 'error') return '/login';
  const error = new URLSearchParams(search).get('error') ?? '';
  return `/login?${new URLSearchParams({ error: /^[A-Za-z]{1,40}$/.test(error) ? error : 'Default' })}`;
}

/** A cookie value as Auth.js reads it: percent-decoded when that works, else as sent. */
function cookieValue(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Auth.js's own test of a callback URL: absolute, or a path on this site, and http(s). */
export function isAcceptedCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * The Cookie header without the cookies Auth.js would refuse the request for, or null when it
 * has none. The other cookies are kept as sent.
 */
export function withoutRejectedAuthCookies(cookieHeader: string, origin: string): string | null {
  const pairs = cookieHeader.split(';');
  const kept = pairs.filter((pair) => {
    const equals = pair.indexOf('=');
    if (equals === -1) return true;
    const name = pair.slice(0, equals).trim();
    const value = cookieValue(pair.slice(equals + 1).trim());
    return !CALLBACK_URL_COOKIES.has(name) || value === '' || isAcceptedCallbackUrl(value, origin);
  });
  return kept.length === pairs.length ? null : kept.map((pair) => pair.trim()).join('; ');
}

/**
 * The request Auth.js gets: without a query string (none of the passed actions reads one, and a
 * `callbackUrl` in it that is not a URL makes Auth.js answer 500), without a cookie it would
 * refuse, and HEAD asked as GET (Auth.js answers only GET and POST). The request itself when
 * nothing changes.
 */
export function passedRequest(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const cookie = withoutRejectedAuthCookies(request.headers.get('cookie') ?? '', url.origin);
  const isHead = request.method === 'HEAD';
  if (!url.search && cookie === null && !isHead) return request;
  url.search = '';
  const headers = new Headers(request.headers);
  if (cookie) headers.set('cookie', cookie);
  else if (cookie === '') headers.delete('cookie');
  // `duplex` (required with a streamed body) is missing from the DOM's RequestInit type.
  const init = { method: isHead ? 'GET' : request.method, headers, body: isHead ? null : request.body, duplex: 'half' };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}

type Handler = (request: NextRequest) => Promise<Response>;

/** Auth.js's handler, answering only what the site uses of it (above). */
export function guardAuthHandler(handler: Handler): Handler {
  return async (request) => {
    const url = new URL(request.url);
    const decision = authRouteDecision(request.method, url.pathname, url.search);
    if (decision.kind === 'pass') return handler(passedRequest(request));
    if (decision.kind === 'login') return new Response(null, { status: 303, headers: { ...NO_STORE, Location: decision.location } });
    return errorResponse(new AppError('NOT_FOUND', 'There is nothing at this address.'), NO_STORE);
  };
}
