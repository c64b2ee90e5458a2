// Permanent redirects that give browsers no lifetime get max-age=0 (lib/http/redirect-freshness.ts),
// so that a redirect undone by a rename back cannot loop in a browser that kept it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRedirectsFreshInBrowsers, redirectCacheControl } from '@/lib/http/redirect-freshness';
import { startTestServer, type TestServer } from '@/tests/support/test-server';

let server: TestServer;

beforeAll(async () => {
  keepRedirectsFreshInBrowsers();
  keepRedirectsFreshInBrowsers(); // twice: installed once
  // What Next does for a cached page: status, then headers, then end() (writeHead implicitly).
  server = await startTestServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.statusCode = Number(url.searchParams.get('status'));
    const cacheControl = url.searchParams.get('cc');
    if (cacheControl !== null) res.setHeader('Cache-Control', cacheControl);
    if (res.statusCode >= 300) res.setHeader('Location', '/lenin-vs-stalin');
    if (url.searchParams.has('explicit')) res.writeHead(res.statusCode, { 'X-Explicit': '1' });
    res.end('body');
  });
});

afterAll(() => server.close());

async function cacheControlOf(query: string): Promise<string | null> {
  const response = await fetch(`${server.origin}/?${query}`, { redirect: 'manual' });
  await response.text();
  return response.headers.get('cache-control');
}

describe('permanent redirects', () => {
  it("get max-age=0 when their Cache-Control is for shared caches alone (Next's cached 308)", async () => {
    expect(await cacheControlOf('status=308&cc=s-maxage%3D31536000')).toBe('max-age=0, s-maxage=31536000');
    expect(await cacheControlOf('status=301&cc=s-maxage%3D60%2C%20stale-while-revalidate')).toBe('max-age=0, s-maxage=60, stale-while-revalidate');
    expect(await cacheControlOf('status=308&cc=s-maxage%3D31536000&explicit=1')).toBe('max-age=0, s-maxage=31536000');
  });

  it('keep what they say for browsers, and get nothing when they say nothing', async () => {
    expect(await cacheControlOf('status=308&cc=max-age%3D3600')).toBe('max-age=3600');
    expect(await cacheControlOf('status=308&cc=private%2C%20no-cache%2C%20no-store%2C%20max-age%3D0%2C%20must-revalidate')).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
    expect(await cacheControlOf('status=308')).toBeNull();
  });

  it('are the only responses changed: pages and temporary redirects keep their Cache-Control', async () => {
    expect(await cacheControlOf('status=200&cc=s-maxage%3D31536000')).toBe('s-maxage=31536000');
    expect(await cacheControlOf('status=307&cc=s-maxage%3D31536000')).toBe('s-maxage=31536000');
    expect(await cacheControlOf('status=303&cc=s-maxage%3D31536000')).toBe('s-maxage=31536000');
  });

  it('are judged directive by directive, not by substring', () => {
    expect(redirectCacheControl('s-maxage=31536000')).toBe('max-age=0, s-maxage=31536000');
    expect(redirectCacheControl('public, s-maxage=10')).toBe('max-age=0, public, s-maxage=10');
    expect(redirectCacheControl('public,max-age=5')).toBe('public,max-age=5');
  });
});
