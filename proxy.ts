import { NextResponse, type NextRequest } from 'next/server';
import { withoutRejectedAuthCookies } from './lib/auth/route-guard';

// The proxy only redirects (and answers malformed addresses); every admin page, action and
// route checks the session and the permission itself, next to the data (lib/auth/session.ts).
//  - /admin without a session cookie goes to the login page, with the exact URL to come back
//    to. (Whether a session is still valid is the page's business: it asks the database.)
//    The matcher runs the proxy on /admin only when there is no session cookie, so a
//    signed-in editor's requests skip it: it cost about 2 ms of each admin page's CPU.
//  - Mixed-case public URLs go to their lower-case form before any page runs, for every
//    public route at once, without rendering or caching a page per spelling.
//  - A form post to a page larger than a server action may be (3 MB), or of unknown length, is
//    answered 413 by the request guard (lib/http/request-guard.ts), not here: Next.js reads a
//    request's body for the proxy before the proxy runs.
//  - /login with an Auth.js callback-url cookie that is not a URL of this site (a damaged or
//    planted cookie): Auth.js refuses every sign-in that carries it, so the login page and its
//    action get the request without it, and the browser is told to drop it.
//  - A path with a malformed percent-escape (/figures/%ff, a cut-off UTF-8 sequence) is answered
//    here: Next 16.4's router cannot decode it and answers a bare "Internal Server Error".
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
/** The last matcher below, as a regular expression: public paths with a capital letter. */
const LOWER_CASED = /^\/(?!_next\/|api\/|reports\/)[^.]*[A-Z][^.]*$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodable(pathname)) return malformedAddress(request);
  if (pathname === '/login') return withoutDamagedCallbackCookie(request);
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    if (SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`))) return NextResponse.next();
    const login = new URL('/login', request.nextUrl);
    login.searchParams.set('callbackUrl', pathname + search);
    // A form sent by JavaScript (a server action call: header Next-Action) is answered by its
    // action, which finds no session and says so in the form, with what was typed still there:
    // Next's client cannot follow a redirect given in its place, and would show an error page.
    if (request.method === 'POST' && request.headers.has('next-action')) return NextResponse.next();
    // A form sent without JavaScript: 303, so the browser does not send it again to the login
    // page, which cannot take it; the login page says the change was not saved.
    if (request.method === 'POST') {
      login.searchParams.set('unsaved', '1');
      return NextResponse.redirect(login, 303);
    }
    return NextResponse.redirect(login);
  }
  if (!LOWER_CASED.test(pathname)) return NextResponse.next();
  const lower = lowerCased(pathname);
  if (lower === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = lower;
  return NextResponse.redirect(url, 308);
}

const CALLBACK_URL_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/** The request without a callback-url cookie Auth.js would refuse, which the browser is told to delete. */
function withoutDamagedCallbackCookie(request: NextRequest) {
  const kept = withoutRejectedAuthCookies(request.headers.get('cookie') ?? '', request.nextUrl.origin);
  if (kept === null) return NextResponse.next();
  const headers = new Headers(request.headers);
  if (kept) headers.set('cookie', kept);
  else headers.delete('cookie');
  const response = NextResponse.next({ request: { headers } });
  // By name from the header itself: request.cookies leaves out a value it cannot decode (%ZZ).
  const names = (header: string) => new Set(header.split(';').map((pair) => pair.slice(0, pair.indexOf('=')).trim()));
  const [sent, keptNames] = [names(request.headers.get('cookie') ?? ''), names(kept)];
  for (const name of CALLBACK_URL_COOKIES) {
    // A __Secure- cookie is only replaced by one set with Secure.
    if (sent.has(name) && !keptNames.has(name)) response.cookies.set(name, '', { path: '/', maxAge: 0, secure: name.startsWith('__Secure-') });
  }
  return response;
}

/** JSON with a 400 under /api; elsewhere the not-found page (a 404) with its search box. */
function malformedAddress(request: NextRequest) {
  const message = 'This address is not valid: it has a % that is not followed by a character code.';
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.json({ error: { code: 'BAD_REQUEST', message } }, { status: 400 });
  return NextResponse.rewrite(new URL('/_not-found', request.url));
}

/** /reports/{token} in any case: a report's private link, whose token is case-sensitive. */
const TRACKING_PREFIX = /^\/reports(?=\/|$)/i;

/**
 * The path in lower case, its percent-escapes left as they are: %C3%A9 and %c3%a9 are the same
 * character, and Next.js writes escapes back in upper case, so lower-casing them would redirect
 * to an address that redirects again, without end. Of a report's private link, only /reports
 * is lower-cased: its token is case-sensitive.
 */
function lowerCased(pathname: string): string {
  const tracking = TRACKING_PREFIX.exec(pathname);
  if (tracking) return `/reports${pathname.slice(tracking[0].length)}`;
  return pathname.replace(/%[0-9A-Fa-f]{2}|[A-Z]+/g, (part) => (part.startsWith('%') ? part : part.toLowerCase()));
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// The matcher is read at build time, so its values are literals (the cookie names repeat
// SESSION_COOKIES, chunked `.0` forms included).
export const config = {
  matcher: [
    {
      source: '/admin/:path*',
      missing: [
        { type: 'cookie', key: 'authjs.session-token' },
        { type: 'cookie', key: '__Secure-authjs.session-token' },
        { type: 'cookie', key: 'authjs.session-token.0' },
        { type: 'cookie', key: '__Secure-authjs.session-token.0' },
      ],
    },
    // The login page (and its action) when it carries a callback-url cookie, to check it.
    { source: '/login', has: [{ type: 'cookie', key: 'authjs.callback-url' }] },
    { source: '/login', has: [{ type: 'cookie', key: '__Secure-authjs.callback-url' }] },
    // Any path with a percent-escape, so that malformed ones are caught.
    '/(.*%.*)',
    // Report tracking links are case-sensitive tokens: never lower-cased.
    '/((?!_next/|api/|reports/)[^.]*[A-Z][^.]*)',
  ],
};
