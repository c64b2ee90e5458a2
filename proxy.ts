import { NextResponse, type NextRequest } from 'next/server';

// Public URLs are lower-case. Mixed-case requests are redirected here, before any page runs,
// because a redirect rendered by a cached page repeats its Location header on its first
// render (Next 16.4). The matcher keeps the proxy off every other request.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = url.pathname.toLowerCase();
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: ['/((?!_next/|api/)[^.]*[A-Z][^.]*)'],
};
