import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesOf, memoSize, sendLargeBodiesAsBytes } from '@/lib/cache/response-bytes';

// A large page with typographic quotes and Cyrillic (a two-byte string in V8), and a small one.
const PAGE = `<!doctype html><p>“Ленин” vs. ‘Stalin’</p>${'<td>Vladimir Ilyich Ulyanov — 1870–1924</td>'.repeat(400)}`;
const SMALL = '<p>“small”</p>';

let send: (res: ServerResponse) => void = () => {};
const server = createServer((_req, res) => send(res));
let origin = '';

beforeAll(async () => {
  sendLargeBodiesAsBytes();
  sendLargeBodiesAsBytes(); // a second install changes nothing
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function fetchBytes(respond: (res: ServerResponse) => void) {
  send = respond;
  const response = await fetch(origin);
  return { length: response.headers.get('content-length'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('large string bodies sent as memoized bytes', () => {
  it('sends exactly the UTF-8 bytes of the string, with the Content-Length Next sets, and encodes each page once', async () => {
    const expected = Buffer.from(PAGE, 'utf8');
    const before = memoSize().entries;
    for (let i = 0; i < 3; i++) {
      const { length, bytes } = await fetchBytes((res) => {
        res.setHeader('Content-Length', Buffer.byteLength(PAGE));
        res.end(PAGE, undefined as unknown as BufferEncoding); // as Next's compression middleware calls it
      });
      expect(bytes.equals(expected)).toBe(true);
      expect(Number(length)).toBe(expected.length);
    }
    expect(memoSize().entries).toBe(before + 1);
    expect(bytesOf(PAGE)).toBe(bytesOf(PAGE));
  });

  it('answers Buffer.byteLength of a page it holds from the memo, with the length Node counts', () => {
    const page = `${PAGE}<p>“length”</p>`;
    const counted = Buffer.from(page, 'utf8').length;
    expect(Buffer.byteLength.name).toBe('memoizedByteLength');
    expect(Buffer.byteLength(page)).toBe(counted); // not held yet: counted
    bytesOf(page);
    expect([Buffer.byteLength(page), Buffer.byteLength(page, 'utf8'), Buffer.byteLength(page, 'utf-8')]).toEqual([counted, counted, counted]);
    expect(Buffer.byteLength(page, 'latin1')).toBe(page.length); // another encoding is counted as before
    expect(Buffer.byteLength(page, 'utf16le')).toBe(page.length * 2);
    expect(Buffer.byteLength(Buffer.from(page))).toBe(counted);
  });

  it('leaves small bodies, bodies with another encoding and buffers as they are', async () => {
    const before = memoSize().entries;
    expect((await fetchBytes((res) => res.end(SMALL))).bytes.toString('utf8')).toBe(SMALL);
    const latin1 = 'é'.repeat(10_000);
    expect((await fetchBytes((res) => res.end(latin1, 'latin1'))).bytes.equals(Buffer.from(latin1, 'latin1'))).toBe(true);
    expect((await fetchBytes((res) => res.end(Buffer.from(PAGE)))).bytes.equals(Buffer.from(PAGE))).toBe(true);
    expect(memoSize().entries).toBe(before);
  });

  it('still calls the callback of end(body, callback)', async () => {
    let called = false;
    await fetchBytes((res) => res.end(PAGE, () => (called = true)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toBe(true);
  });

  it('stays within its size bound, dropping the least recently used pages first', () => {
    const pages = Array.from({ length: 120 }, (_, i) => `<p>“page ${i}”</p>${'—'.repeat(200_000)}`);
    for (const page of pages) bytesOf(page);
    const { entries, bytes } = memoSize();
    expect(bytes).toBeLessThanOrEqual(48 * 1024 * 1024);
    expect(entries).toBeLessThan(pages.length);
    // The newest page is still held (the same Buffer back); a dropped one is encoded again, the same bytes.
    expect(bytesOf(pages.at(-1)!)).toBe(bytesOf(pages.at(-1)!));
    const oldest = bytesOf(pages[0]!);
    expect(bytesOf(pages[0]!)).toBe(oldest);
    expect(oldest.equals(Buffer.from(pages[0]!, 'utf8'))).toBe(true);
  });
});
