import { ServerResponse } from 'node:http';

// Next sends a page that redirects (a reversed comparison address; the old address of a renamed
// figure, category or comparison) as a cached 308 with `Cache-Control: s-maxage=31536000`: a
// lifetime for shared caches only. A browser then keeps the redirect as long as it likes (Chromium:
// for good), so after an editor renames something and then renames it back, a reader who followed
// the first redirect was sent round in a loop: their browser still took the first address to the
// second, and the server now takes the second back to the first.
//
// So a permanent redirect whose Cache-Control gives browsers no lifetime of their own gets
// `max-age=0`: browsers ask again each time (a cache hit on the server, well under a millisecond),
// search engines still read a permanent move, and shared caches keep their s-maxage. Redirects
// that say something for browsers (max-age, no-cache, no-store, private), or nothing at all (the
// proxy's lower-casing, which never changes its mind), are left as they are.

const INSTALLED = Symbol.for('contrast.redirectFreshness');
const PERMANENT = new Set([301, 308]);
const SAYS_FOR_BROWSERS = /(?:^|,)\s*(?:max-age|no-cache|no-store|private)\b/i;

/** The Cache-Control a permanent redirect should carry, given the one it has. */
export function redirectCacheControl(value: string): string {
  return SAYS_FOR_BROWSERS.test(value) ? value : `max-age=0, ${value}`;
}

/** Adds `max-age=0` to permanent redirects that carry only a shared-cache lifetime. Idempotent. */
export function keepRedirectsFreshInBrowsers(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const writeHead = proto.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
  proto.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (PERMANENT.has(statusCode)) {
      const cacheControl = this.getHeader('cache-control');
      if (typeof cacheControl === 'string') this.setHeader('cache-control', redirectCacheControl(cacheControl));
    }
    return writeHead.call(this, statusCode, ...rest);
  } as typeof proto.writeHead;
  proto[INSTALLED] = true;
}
