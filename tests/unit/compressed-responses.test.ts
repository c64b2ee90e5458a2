// A page sent whole goes to a browser compressed once and kept (lib/cache/compressed-responses.ts),
// through Next's own compression middleware as npm install leaves it (scripts/patch-next.mjs).
import { createRequire } from 'node:module';
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedBody, compressedMemoSize, sendCachedPagesPrecompressed } from '@/lib/cache/compressed-responses';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware;
const HOOK = Symbol.for('contrast.precompress');

const PAGE = `<!doctype html><title>“Lenin” vs. ‘Stalin’</title>${'<tr><td>Vladimir Ilyich Ulyanov — 1870–1924</td></tr>'.repeat(300)}`;

/** How the server answers: as Next sends a page from its cache, unless a test says otherwise. */
let respond: (res: ServerResponse) => void = sendPage;
function sendPage(res: ServerResponse, page = PAGE, type = 'text/html; charset=utf-8') {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(page));
  res.end(page);
}

const compress = compression();
const server = createServer((req, res) => {
  compress(req, res, () => {});
  respond(res);
});
let port = 0;

beforeAll(async () => {
  sendCachedPagesPrecompressed();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { headers: IncomingMessage['headers']; body: Buffer };
/** A raw request (fetch would decode the body and hide the encoding). */
function get(acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a page sent whole, to a browser', () => {
  it('goes compressed with Brotli when the browser takes it, with its Content-Length, and compressed once for every request', async () => {
    for (let i = 0; i < 3; i++) {
      const { headers, body } = await get('gzip, deflate, br');
      expect(headers['content-encoding']).toBe('br');
      expect(Number(headers['content-length'])).toBe(body.length);
      expect(headers['transfer-encoding']).toBeUndefined();
      expect(headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(body).toString('utf8')).toBe(PAGE);
      expect(body.length).toBeLessThan(Buffer.byteLength(PAGE) / 5);
    }
    expect(compressedBody(PAGE, 'br')).toBe(compressedBody(PAGE, 'br'));
  });

  it('goes gzipped to a browser that does not take Brotli, or values it less', async () => {
    for (const accept of ['gzip', 'br;q=0.5, gzip']) {
      const { headers, body } = await get(accept);
      expect(headers['content-encoding'], accept).toBe('gzip');
      expect(Number(headers['content-length'])).toBe(body.length);
      expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
    }
  });

  it('goes as it is to a client that asks for no encoding, and to a HEAD request', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const { headers, body } = await get(accept);
      expect(headers['content-encoding'], String(accept)).toBeUndefined();
      expect(body.toString('utf8')).toBe(PAGE);
    }
    const head = await get('gzip, br', 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('is kept in memory: the next request for the same page compresses nothing', () => {
    const before = compressedMemoSize();
    compressedBody(PAGE, 'br');
    compressedBody(PAGE, 'gzip');
    expect(compressedMemoSize()).toEqual(before);
  });
});

describe('what the middleware still compresses itself, or not at all', () => {
  it('a response written in pieces (a page rendered for its request): gzipped on the fly, as before', async () => {
    respond = (res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(PAGE.slice(0, 5000));
      res.end(PAGE.slice(5000));
    };
    const { headers, body } = await get('gzip, deflate, br');
    respond = sendPage;
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-length']).toBeUndefined();
    expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
  });

  it('a type that does not compress, or a response marked no-transform: as it is', async () => {
    respond = (res) => sendPage(res, PAGE, 'image/png');
    expect((await get('br')).headers['content-encoding']).toBeUndefined();
    respond = (res) => {
      res.setHeader('Cache-Control', 'public, no-transform');
      sendPage(res);
    };
    expect((await get('br')).headers['content-encoding']).toBeUndefined();
    respond = sendPage;
  });

  it('everything, as Next did, when the hook is not installed', async () => {
    const hook = (globalThis as Record<symbol, unknown>)[HOOK];
    delete (globalThis as Record<symbol, unknown>)[HOOK];
    try {
      const { headers, body } = await get('gzip, deflate, br');
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers['content-length']).toBeUndefined();
      expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
    } finally {
      (globalThis as Record<symbol, unknown>)[HOOK] = hook;
    }
  });
});
