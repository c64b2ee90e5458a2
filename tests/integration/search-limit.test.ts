import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getRouteCacheKey } from 'next/dist/server/lib/route-cache-key';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db/client';
import { isKeptOutOfCache, runInRequest } from '@/lib/cache/request-clock.mjs';
import { admitSearch } from '@/lib/search/rate-limit';
import { loadSearchPage } from '@/lib/search/page';

afterAll(() => disconnectDb());

// A request from `address` (the server appends the connection's address to X-Forwarded-For)
// and a response that records what the search sets on it.
function exchange(address: string) {
  const headers: Record<string, string> = {};
  const response = { statusCode: 200, headersSent: false, setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value) };
  return {
    headers,
    response,
    run: <T>(fn: () => Promise<T>) =>
      runInRequest(Date.now(), fn, {
        request: { headers: { 'x-forwarded-for': address } } as unknown as IncomingMessage,
        response: response as unknown as ServerResponse,
      }),
  };
}

// Searches counted by Date.now() fall in one minute's window: start well inside a minute.
async function startOfAMinute() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

describe('the search rate limit', () => {
  const saved = process.env.SEARCH_LIMIT_PER_MINUTE;
  beforeEach(() => {
    process.env.SEARCH_LIMIT_PER_MINUTE = '3';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SEARCH_LIMIT_PER_MINUTE;
    else process.env.SEARCH_LIMIT_PER_MINUTE = saved;
  });

  it('lets an address run its searches a minute, then answers 429 with when to retry, for that request alone', async () => {
    const reader = address();
    const now = Date.now();
    for (let i = 0; i < 3; i++) {
      const ok = exchange(reader);
      expect(await ok.run(() => admitSearch({ now }))).toEqual({ ok: true });
      expect(ok.response.statusCode).toBe(200);
    }
    const refused = exchange(reader);
    const outcome = await refused.run(async () => ({ admission: await admitSearch({ now }), keptOut: isKeptOutOfCache() }));
    expect(outcome.admission.ok).toBe(false);
    const wait = outcome.admission.ok ? 0 : outcome.admission.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.response.statusCode).toBe(429);
    expect(refused.headers).toEqual({ 'retry-after': String(wait), 'cache-control': 'private, no-store' });
    expect(outcome.keptOut).toBe(true);

    // Another address is counted on its own; the next minute starts afresh.
    expect(await exchange(address()).run(() => admitSearch({ now }))).toEqual({ ok: true });
    expect(await exchange(reader).run(() => admitSearch({ now: now + 61_000 }))).toEqual({ ok: true });
  });

  it('counts only searches that run: the empty search is not one', async () => {
    const reader = address();
    await startOfAMinute();
    for (let i = 0; i < 5; i++) {
      const data = await exchange(reader).run(() => loadSearchPage({ query: '', page: 1 }));
      expect(data.kind).toBe('prompt');
    }
    const results = await exchange(reader).run(() => loadSearchPage({ query: 'stalin', page: 1 }));
    expect(results.kind).toBe('results');
  });

  it('gives the search page a refusal that names the query and the wait', async () => {
    const reader = address();
    const pages = [];
    await startOfAMinute();
    for (let i = 0; i < 4; i++) pages.push(await exchange(reader).run(() => loadSearchPage({ query: `lenin ${i}`, page: 1 })));
    expect(pages.map((p) => p.kind)).toEqual(['results', 'results', 'results', 'limited']);
    expect(pages[3]).toMatchObject({ kind: 'limited', query: 'lenin 3' });
  });
});

describe('a render kept out of the cache', () => {
  it('is not stored, while the same page rendered for anyone is', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'contrast-cache-'));
    try {
      const { default: Handler } = await import('@/lib/cache/cache-handler.mjs');
      const { keepOutOfCache } = await import('@/lib/cache/request-clock.mjs');
      const handler = new Handler({ fs: nodeFs, serverDistDir: path.join(dir, 'server'), revalidatedTags: [], maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: true });
      const key = getRouteCacheKey(`/figures/${randomUUID()}`, { kind: 'APP_PAGE' as never, sourceRoute: '/(public)/figures/[slug]/page' });
      const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc ${html}`), headers: {}, postponed: undefined, status: 200, segmentData: undefined });
      const context = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
      const read = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };

      await runInRequest(Date.now(), async () => {
        keepOutOfCache();
        await handler.set(key, page('<p>Too many searches</p>'), context);
      });
      expect(await handler.get(key, read)).toBeNull();

      await runInRequest(Date.now(), () => handler.set(key, page('<p>3 results</p>'), context));
      expect(((await handler.get(key, read)) as { value?: { html?: string } } | null)?.value?.html).toBe('<p>3 results</p>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
