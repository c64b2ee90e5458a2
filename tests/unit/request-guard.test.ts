// Requests Next.js would answer with a bare 500, redirect off-site or read whole are answered
// (or set right) before Next sees them (lib/http/request-guard.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRequests, guardVerdict, MAX_PAGE_POST_BYTES, originForm } from '@/lib/http/request-guard';
import { rawExchange, startTestServer, type TestServer } from '@/tests/support/test-server';

describe('the verdict on a request', () => {
  it('passes a request for a path with a method Next serves, as it came', () => {
    for (const method of ['GET', 'HEAD', 'POST']) {
      expect(guardVerdict(method, '/lenin-vs-stalin?x=1', {}), method).toEqual({ action: 'pass' });
    }
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(guardVerdict(method, '/api/comparisons/lenin-vs-stalin', {}), method).toEqual({ action: 'pass' });
    }
  });

  it('answers PUT, PATCH and DELETE of a page 405, and OPTIONS 204, leaving /api and /_next to their routes', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(guardVerdict(method, '/lenin-vs-stalin', {}), method).toEqual({ action: 'answer', status: 405 });
      expect(guardVerdict(method, '/_next/static/x.js', {}), method).toEqual({ action: 'pass' });
    }
    expect(guardVerdict('OPTIONS', '/lenin-vs-stalin', {})).toEqual({ action: 'answer', status: 204 });
    expect(guardVerdict('OPTIONS', '/api/health', {})).toEqual({ action: 'pass' });
  });

  it('answers a post to the search page, which has no server action, 405', () => {
    for (const url of ['/search', '/search?q=lenin', 'http://contrast.test/search?q=x']) {
      expect(guardVerdict('POST', url, {}), url).toEqual({ action: 'answer', status: 405 });
    }
    for (const method of ['GET', 'HEAD']) expect(guardVerdict(method, '/search?q=lenin', {}), method).toEqual({ action: 'pass' });
    expect(guardVerdict('POST', '/searching', {})).toEqual({ action: 'pass' });
    expect(guardVerdict('POST', '/search-vs-find', {})).toEqual({ action: 'pass' });
  });

  it('answers any other method 501, before looking at its target', () => {
    for (const method of ['TRACE', 'PROPFIND', 'CONNECT', 'SEARCH', 'get']) {
      expect(guardVerdict(method, '/api/health', {}), method).toEqual({ action: 'answer', status: 501 });
    }
    expect(guardVerdict('TRACE', '*', {})).toEqual({ action: 'answer', status: 501 });
  });

  it('answers a server action sent from another site 403, as Next judges it (X-Forwarded-Host, else Host)', () => {
    const action = (headers: Record<string, string>) => guardVerdict('POST', '/about', { 'next-action': '60fe31e8', ...headers });
    expect(action({ origin: 'http://evil.example', host: 'contrast.test' })).toEqual({ action: 'answer', status: 403 });
    expect(action({ origin: 'null', host: 'contrast.test' })).toEqual({ action: 'answer', status: 403 });
    expect(action({ origin: 'not a url', host: 'contrast.test' })).toEqual({ action: 'answer', status: 403 });
    expect(action({ origin: 'https://contrast.test', host: 'contrast.test' })).toEqual({ action: 'pass' });
    expect(action({ origin: 'https://contrast.example', host: '127.0.0.1:3000', 'x-forwarded-host': 'contrast.example, proxy.internal' })).toEqual({ action: 'pass' });
    expect(action({ host: 'contrast.test' })).toEqual({ action: 'pass' });
    // A plain form post names no action: Next's own handling stands.
    expect(guardVerdict('POST', '/about', { origin: 'http://evil.example', host: 'contrast.test' })).toEqual({ action: 'pass' });
  });

  it('cuts an absolute-form target down to its path and query, and refuses any other that is not a path', () => {
    expect(guardVerdict('GET', 'http://evil.com/Lenin-vs-stalin', {})).toEqual({ action: 'rewrite', url: '/Lenin-vs-stalin' });
    expect(guardVerdict('OPTIONS', '*', {})).toEqual({ action: 'answer', status: 400 });
    expect(guardVerdict('GET', '*', {})).toEqual({ action: 'answer', status: 400 });
    expect(originForm('HTTPS://Evil.com:8443/a/b?c=1&d')).toBe('/a/b?c=1&d');
    expect(originForm('http://evil.com')).toBe('/');
    expect(originForm('http://evil.com?q=1')).toBe('/?q=1');
    expect(originForm('http://evil.com#top')).toBe('/');
    expect(originForm('http://evil.com//other.com/x')).toBe('//other.com/x');
    for (const target of ['*', 'evil.com/x', 'ftp://evil.com/x', 'http:/x', '']) expect(originForm(target), target).toBeNull();
  });

  it('refuses a post to a page of 3,000,000 bytes or more, or of unknown length', () => {
    const large = { 'content-length': String(MAX_PAGE_POST_BYTES) };
    const chunked = { 'transfer-encoding': 'chunked' };
    expect(guardVerdict('POST', '/admin/figures/new', large)).toEqual({ action: 'answer', status: 413 });
    expect(guardVerdict('POST', '/lenin-vs-stalin', chunked)).toEqual({ action: 'answer', status: 413 });
    expect(guardVerdict('POST', 'http://x/report/a-vs-b/submit', chunked)).toEqual({ action: 'answer', status: 413 });
    expect(guardVerdict('POST', '/admin', { 'content-length': String(MAX_PAGE_POST_BYTES - 1) })).toEqual({ action: 'pass' });
    expect(guardVerdict('POST', '/admin', { 'content-length': 'many' })).toEqual({ action: 'answer', status: 413 });
    expect(guardVerdict('POST', '/admin', {})).toEqual({ action: 'pass' });
  });

  it('leaves large bodies to routes under /api and /_next, and to methods without a form', () => {
    const large = { 'content-length': '99999999', 'transfer-encoding': 'chunked' };
    expect(guardVerdict('POST', '/api/admin/figures', large)).toEqual({ action: 'pass' });
    expect(guardVerdict('PUT', '/_next/x', large)).toEqual({ action: 'pass' });
    expect(guardVerdict('POST', 'http://x/api/admin/figures', large)).toEqual({ action: 'rewrite', url: '/api/admin/figures' });
    expect(guardVerdict('DELETE', '/api/x', large)).toEqual({ action: 'pass' });
    expect(guardVerdict('POST', '/api', large)).toEqual({ action: 'answer', status: 413 });
  });
});

describe('a server with the guard installed', () => {
  let server: TestServer;
  /** What the handler saw: method, URL and body length of each request that reached it. */
  const seen: string[] = [];

  beforeAll(async () => {
    guardRequests();
    guardRequests(); // twice: installed once
    server = await startTestServer((request, response) => {
      let bytes = 0;
      request.on('data', (chunk: Buffer) => (bytes += chunk.length));
      request.on('end', () => {
        const line = `${request.method} ${request.url} ${bytes} ${request.headers.host}`;
        seen.push(line);
        response.end(line);
      });
    });
  });

  afterAll(() => server.close());

  const send = (head: string, body = '') => rawExchange(server.port, `${head}\r\nHost: contrast.test\r\nConnection: close\r\n\r\n${body}`);

  /** The request reached no handler and got a complete answer that no cache keeps. */
  function expectAnswered(response: Awaited<ReturnType<typeof send>>, status: number, contentType: string) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.connection).toBe('close');
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.body));
    expect(seen).toEqual([]);
  }

  it('answers TRACE and PROPFIND 501 in one plain sentence', async () => {
    seen.length = 0;
    for (const head of ['TRACE /api/health HTTP/1.1', 'TRACE /sitemap.xml HTTP/1.1', 'PROPFIND / HTTP/1.1']) {
      const response = await send(head);
      expectAnswered(response, 501, 'text/plain; charset=utf-8');
      expect(response.body).toMatch(/^This server does not support the (TRACE|PROPFIND) method: it answers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS\.\n$/);
    }
  });

  // A page takes POST for its server actions; the search page (pages/search.tsx) has none.
  for (const { page, refused, allow } of [
    { page: '/lenin-vs-stalin', refused: 'PUT /lenin-vs-stalin HTTP/1.1\r\nContent-Length: 2', allow: 'GET, HEAD, POST, OPTIONS' },
    { page: '/search', refused: 'POST /search?q=lenin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3', allow: 'GET, HEAD, OPTIONS' },
  ]) {
    const method = refused.split(' ')[0]!;
    it(`answers ${method} of ${page} 405 and OPTIONS 204, each naming what the page takes`, async () => {
      seen.length = 0;
      const answer = await send(refused, method === 'PUT' ? '{}' : 'q=x');
      expectAnswered(answer, 405, 'text/plain; charset=utf-8');
      expect(answer.headers.allow).toBe(allow);
      expect(answer.body).toBe(`A page cannot be changed with ${method}: it answers ${allow}.\n`);
      const options = await send(`OPTIONS ${page} HTTP/1.1`);
      expect(options.status).toBe(204);
      expect(options.headers.allow).toBe(allow);
      expect(options.body).toBe('');
      expect(seen).toEqual([]);
    });
  }

  it('answers a request for `*` 400', async () => {
    seen.length = 0;
    for (const head of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1']) {
      const response = await send(head);
      expectAnswered(response, 400, 'text/plain; charset=utf-8');
      expect(response.body).toBe('This request names no path: ask for an address that starts with /.\n');
    }
  });

  it('hands an absolute-form request on for its path, routed by its Host header', async () => {
    seen.length = 0;
    expect((await send('GET http://evil.com/Lenin-vs-stalin?x=1 HTTP/1.1')).body).toBe('GET /Lenin-vs-stalin?x=1 0 contrast.test');
    expect((await send('HEAD HTTPS://EVIL.COM HTTP/1.1')).status).toBe(200);
    expect(seen).toEqual(['GET /Lenin-vs-stalin?x=1 0 contrast.test', 'HEAD / 0 contrast.test']);
  });

  it('answers a page post declared larger than 3 MB with 413 at once, without its body', async () => {
    seen.length = 0;
    // One byte of the 99,999,999 declared: the answer must not wait for the rest.
    const response = await send('POST /lenin-vs-stalin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 99999999', 'x');
    expectAnswered(response, 413, 'text/html; charset=utf-8');
    expect(response.body).toContain('<title>Too large to send</title>');
    expect(response.body).toContain('This form is too large to send: a page accepts at most 3 MB.');
  });

  it('answers a chunked post to a page 413, and hands one to /api on', async () => {
    seen.length = 0;
    // The first chunk only: the page's answer must not wait for the end of the body.
    const page = await send('POST /admin/figures/new HTTP/1.1\r\nTransfer-Encoding: chunked', '5\r\nhello\r\n');
    expectAnswered(page, 413, 'text/html; charset=utf-8');
    const api = await send('POST /api/admin/figures HTTP/1.1\r\nTransfer-Encoding: chunked', '5\r\nhello\r\n0\r\n\r\n');
    expect(api.status).toBe(200);
    expect(seen).toEqual(['POST /api/admin/figures 5 contrast.test']);
  });

  it('hands an ordinary GET on unchanged', async () => {
    seen.length = 0;
    const response = await fetch(`${server.origin}/figures/Lenin?q=%C3%A9`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`GET /figures/Lenin?q=%C3%A9 0 127.0.0.1:${server.port}`);
    expect(seen).toHaveLength(1);
  });
});
