// The cache dates a page from the start of the request that rendered it, so every piece of work a
// request leads to must know when that request began (lib/cache/request-clock.mjs).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestStartedAt, startRequestClock } from '@/lib/cache/request-clock.mjs';

let server: Server;
let base: string;

beforeAll(async () => {
  startRequestClock();
  startRequestClock(); // twice: still one clock
  // The handler answers, after some asynchronous work, when its request began.
  server = createServer(async (request, response) => {
    const wait = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('wait') ?? 0);
    await sleep(wait);
    const later = await Promise.resolve().then(() => requestStartedAt());
    response.end(JSON.stringify({ startedAt: later ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function startedAt(wait: number): Promise<number | null> {
  return ((await (await fetch(`${base}/?wait=${wait}`)).json()) as { startedAt: number | null }).startedAt;
}

describe('when a request began', () => {
  it('is known after the request’s asynchronous work, and is when it arrived, not when it is asked', async () => {
    const before = Date.now();
    const seen = await startedAt(60);
    const after = Date.now();
    expect(seen).not.toBeNull();
    expect(seen!).toBeGreaterThanOrEqual(before);
    expect(seen!).toBeLessThanOrEqual(after - 50);
  });

  it('is each request’s own when requests overlap', async () => {
    const slow = startedAt(120);
    await sleep(40);
    const quick = await startedAt(0);
    expect(quick! - (await slow)!).toBeGreaterThanOrEqual(30);
  });

  it('is unknown outside any request', () => {
    expect(requestStartedAt()).toBeUndefined();
  });
});
