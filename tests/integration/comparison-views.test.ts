import { afterAll, describe, expect, it } from 'vitest';
import { countComparisonViews, flushViews, viewedComparisonSlug } from '@/lib/comparisons/view-counter';
import { db, disconnectDb } from '@/lib/db/client';
import { listPopularComparisons, recordComparisonViews } from '@/lib/db/comparison-views';
import { createComparison, createFigure } from '../support/factories';
import { startTestServer } from '../support/test-server';

afterAll(() => disconnectDb());

const DAY_MS = 86_400_000;

async function aComparison(options: { status?: 'DRAFT' | 'PUBLISHED' } = {}) {
  const [a, b] = await Promise.all([createFigure(), createFigure()]);
  return createComparison({ a, b, ...options });
}

/** Where each of `ids` stands in the popular list (other tests' comparisons left out); -1 when absent. */
async function ranks(ids: number[], now?: Date): Promise<number[]> {
  const listed = (await listPopularComparisons({ take: 1000, now })).map((card) => card.id).filter((id) => ids.includes(id));
  return ids.map((id) => listed.indexOf(id));
}

async function storedViews(comparisonId: number): Promise<number> {
  const rows = await db.comparisonViewCount.findMany({ where: { comparisonId }, select: { views: true } });
  return rows.reduce((sum, row) => sum + Number(row.views), 0);
}

describe('comparison readings', () => {
  it('ranks published comparisons by readings, leaving out drafts, unknown addresses and the unread', async () => {
    const [less, more, unread, draft] = await Promise.all([aComparison(), aComparison(), aComparison(), aComparison({ status: 'DRAFT' })]);
    const added = await recordComparisonViews({
      counts: new Map([
        [less.slug, 500_000],
        [more.slug, 900_000],
        [draft.slug, 5_000_000],
        ['nobody-vs-nothing-at-all', 5_000_000],
      ]),
    });
    expect(added).toBe(2);
    expect(await ranks([more.id, less.id, unread.id, draft.id])).toEqual([0, 1, -1, -1]);
    expect(await storedViews(draft.id)).toBe(0);
  });

  it('adds up what several instances counted, so the sum decides', async () => {
    const [first, second] = await Promise.all([aComparison(), aComparison()]);
    await recordComparisonViews({ counts: new Map([[first.slug, 700_000], [second.slug, 1_000_000]]) });
    expect(await ranks([second.id, first.id])).toEqual([0, 1]);
    // A second instance's minute, then a third's: 700k + 200k + 200k passes 1M.
    await recordComparisonViews({ counts: new Map([[first.slug, 200_000]]) });
    await recordComparisonViews({ counts: new Map([[first.slug, 200_000]]) });
    expect(await storedViews(first.id)).toBe(1_100_000);
    expect(await ranks([first.id, second.id])).toEqual([0, 1]);
  });

  it('counts the last 30 days only, and deletes counts older than 60 days', async () => {
    const now = new Date();
    const [lately, longAgo] = await Promise.all([aComparison(), aComparison()]);
    await recordComparisonViews({ counts: new Map([[longAgo.slug, 9_000_000]]), at: new Date(now.getTime() - 31 * DAY_MS) });
    await recordComparisonViews({ counts: new Map([[lately.slug, 3]]), at: now });
    expect(await ranks([lately.id, longAgo.id], now)).toEqual([0, -1]);
    // Seen from a day when both were recent, the old readings count again.
    expect(await ranks([longAgo.id, lately.id], new Date(now.getTime() - 5 * DAY_MS))).toEqual([0, -1]);

    await recordComparisonViews({ counts: new Map([[longAgo.slug, 1]]), at: new Date(now.getTime() - 61 * DAY_MS) });
    expect(await storedViews(longAgo.id)).toBe(9_000_001);
    await recordComparisonViews({ counts: new Map([[lately.slug, 1]]), at: now });
    expect(await storedViews(longAgo.id)).toBe(9_000_000);
  });

  it('takes a reading from a GET of a comparison address only', () => {
    expect(viewedComparisonSlug('GET', '/lenin-vs-stalin', {})).toBe('lenin-vs-stalin');
    expect(viewedComparisonSlug('GET', '/lenin-vs-stalin?_rsc=abc', { rsc: '1' })).toBe('lenin-vs-stalin');
    expect(viewedComparisonSlug('GET', '/mount-everest-vs-k2', {})).toBe('mount-everest-vs-k2');
    for (const [method, url, headers] of [
      ['HEAD', '/lenin-vs-stalin', {}],
      ['POST', '/lenin-vs-stalin', {}],
      ['GET', '/lenin-vs-stalin', { 'next-router-prefetch': '1' }],
      ['GET', '/lenin-vs-stalin', { 'sec-purpose': 'prefetch;prerender' }],
      ['GET', '/lenin-vs-stalin', { purpose: 'prefetch' }],
      ['GET', '/Lenin-vs-Stalin', {}],
      ['GET', '/figures/lenin', {}],
      ['GET', '/search/lenin-vs-stalin/1', {}],
      ['GET', '/-vs-stalin', {}],
      ['GET', '/', {}],
      ['GET', `/${'a'.repeat(200)}-vs-b`, {}],
    ] as const) {
      expect(viewedComparisonSlug(method, url, headers), `${method} ${url} ${JSON.stringify(headers)}`).toBeNull();
    }
  });

  it('counts the readings a real HTTP server receives, and adds them up at the flush', async () => {
    countComparisonViews();
    await flushViews();
    const [read, prefetched] = await Promise.all([aComparison(), aComparison()]);
    const server = await startTestServer((_request, response) => response.end('ok'));
    try {
      for (let i = 0; i < 3; i += 1) await fetch(`${server.origin}/${read.slug}`);
      await fetch(`${server.origin}/${read.slug}?_rsc=x`, { headers: { rsc: '1' } });
      await fetch(`${server.origin}/${read.slug}`, { method: 'HEAD' });
      await fetch(`${server.origin}/${prefetched.slug}`, { headers: { 'next-router-prefetch': '1' } });
    } finally {
      await server.close();
    }
    expect(await flushViews()).toBe(1);
    expect(await storedViews(read.id)).toBe(4);
    expect(await storedViews(prefetched.id)).toBe(0);
    expect(await flushViews()).toBe(0);
  });
});
