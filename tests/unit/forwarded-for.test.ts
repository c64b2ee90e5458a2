// A client's own X-Forwarded-For must not decide the address rate limits count: the server
// appends the address that connected (lib/auth/forwarded-for.ts), and clientIp reads that.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/auth/client-ip';
import { appendPeerToForwardedFor } from '@/lib/auth/forwarded-for';

let server: Server;
let base: string;

beforeAll(async () => {
  appendPeerToForwardedFor();
  appendPeerToForwardedFor(); // twice: still one address appended
  server = createServer((request, response) => response.end(request.headers['x-forwarded-for'] ?? ''));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The X-Forwarded-For the server's handler saw. */
async function seen(headers: Record<string, string> = {}): Promise<string> {
  return (await fetch(base, { headers })).text();
}

describe('the address a request is counted under', () => {
  it('is the connection’s, whatever X-Forwarded-For the client sends', async () => {
    const forged = await seen({ 'x-forwarded-for': '203.0.113.9' });
    expect(forged).toBe('203.0.113.9, 127.0.0.1');
    expect(clientIp(new Headers({ 'x-forwarded-for': forged }))).toBe('127.0.0.1');
    expect(clientIp(new Headers({ 'x-forwarded-for': await seen() }))).toBe('127.0.0.1');
  });

  it('steps back over the reverse proxies TRUST_PROXY_HOPS names, and no further', async () => {
    const previous = process.env.TRUST_PROXY_HOPS;
    process.env.TRUST_PROXY_HOPS = '1';
    try {
      // A proxy of ours at 127.0.0.1 appended the client it saw (198.51.100.4) to the client's claim.
      const chain = await seen({ 'x-forwarded-for': '203.0.113.9, 198.51.100.4' });
      expect(clientIp(new Headers({ 'x-forwarded-for': chain }))).toBe('198.51.100.4');
    } finally {
      if (previous === undefined) delete process.env.TRUST_PROXY_HOPS;
      else process.env.TRUST_PROXY_HOPS = previous;
    }
  });
});
