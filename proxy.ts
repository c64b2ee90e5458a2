import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/config';

// The proxy only redirects; every admin page, action and route checks permissions itself,
// next to the data.
//  - /admin without a session goes to the login page (the `authorized` callback). Passing
//    through auth() here also renews the session cookie, so a session ends only after a
//    period of inactivity.
//  - Mixed-case public URLs go to their lower-case form before any page runs (a redirect
//    rendered by a cached page repeats its Location header on first render in Next 16.4).
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) {
    // Server actions check their own permissions, and may end the session (sign out): a
    // renewed cookie from here would undo that.
    if (request.headers.has('next-action')) return NextResponse.next();
    return (auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>)(request, event);
  }
  const url = request.nextUrl.clone();
  url.pathname = pathname.toLowerCase();
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Report tracking links are case-sensitive tokens: never lower-cased.
  matcher: ['/admin', '/admin/:path*', '/((?!_next/|api/|reports/)[^.]*[A-Z][^.]*)'],
};
