// Pages are rendered once and then served from Next's cache until something they show changes.
// These tests change facts behind the app's back (as an operator's SQL fix would), check that
// readers keep getting the cached page, then revalidate one figure and check that exactly the
// pages showing it are refreshed. They use figures no other spec relies on: Kyoto and Tea.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type pg from 'pg';
import { connectToE2eDatabase, readFact, readFigureName, writeFact, writeFigureName, type FactRef } from './support/database';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-revalidate-secret';
const KYOTO_POPULATION: FactRef = { figure: 'kyoto', attribute: 'population' };
const TEA_CAFFEINE: FactRef = { figure: 'tea', attribute: 'caffeine' };
const stamp = Date.now().toString(36);
const NEW_KYOTO = `About 1.45 million (2025 estimate ${stamp})`;
const NEW_TEA = `About 47 mg in black tea (2025 survey ${stamp})`;

let db: pg.Client;
const original = { kyoto: '', tea: '', teaName: '' };

function revalidate(request: APIRequestContext, body: Record<string, string>, token: string | null = SECRET) {
  return request.post('/api/revalidate', {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    data: body,
  });
}

/** The value a reader sees for one side of one row of a comparison table. */
function tableValue(page: Page, table: string, attribute: string, side: 'a' | 'b') {
  return page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${attribute}`) })
    .getByRole('cell')
    .nth(side === 'a' ? 0 : 1);
}

const kyotoOnTokyoVsKyoto = (page: Page) => tableValue(page, 'Tokyo and Kyoto compared', 'Population', 'b');
const teaOnCoffeeVsTea = (page: Page) => tableValue(page, 'Coffee and Tea compared', 'Caffeine per Cup', 'b');
const kyotoOnFigurePage = (page: Page) => page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Source for Population' }) });

test.beforeAll(async () => {
  db = await connectToE2eDatabase(test.info());
  original.kyoto = await readFact(db, KYOTO_POPULATION);
  original.tea = await readFact(db, TEA_CAFFEINE);
  original.teaName = await readFigureName(db, 'tea');
});

test.afterAll(async ({ request }) => {
  if (!db) return;
  try {
    if (original.kyoto) await writeFact(db, KYOTO_POPULATION, original.kyoto);
    if (original.tea) await writeFact(db, TEA_CAFFEINE, original.tea);
    if (original.teaName) await writeFigureName(db, 'tea', original.teaName);
  } finally {
    await db.end();
  }
  expect((await revalidate(request, { figure: 'kyoto' })).status()).toBe(200);
  expect((await revalidate(request, { figure: 'tea' })).status()).toBe(200);
});

test('[OPERATOR][CACHING] a page asked for twice is served from the cache the second time', async ({ request }) => {
  // (Search results are kept as data, not as pages: see the search test below.)
  for (const path of ['/tokyo-vs-kyoto', '/coffee-vs-tea', '/figures/kyoto', '/api/comparisons/tokyo-vs-kyoto']) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const second = await request.get(path);
    expect(second.status(), path).toBe(200);
    expect(second.headers()['x-nextjs-cache'], `${path} on the second request`).toBe('HIT');
  }
});

test('[READER][CACHING] a browser gets a cached page compressed, with its length, and the same page', async ({ page, request }) => {
  const plain = await request.get('/coffee-vs-tea', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  await page.goto('/coffee-vs-tea');
  const response = await page.goto('/coffee-vs-tea');
  expect(response?.headers()['x-nextjs-cache']).toBe('HIT');
  // Chromium accepts Brotli: the page compressed once and kept, sent with its length (not chunked).
  expect(response?.headers()['content-encoding']).toBe('br');
  expect(Number(response?.headers()['content-length'])).toBeLessThan(Number(plain.headers()['content-length']) / 3);
  expect(await response?.text()).toBe(await plain.text());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coffee vs. Tea');
  // A client that takes gzip only gets gzip.
  const gzipped = await request.get('/coffee-vs-tea', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
  expect(await gzipped.text()).toBe(await plain.text());
});

test('[OPERATOR][CACHING] a change made directly in the database is not shown until revalidated', async ({ page }) => {
  expect(original.kyoto).not.toBe(NEW_KYOTO);
  expect(original.tea).not.toBe(NEW_TEA);
  await writeFact(db, KYOTO_POPULATION, NEW_KYOTO);
  await writeFact(db, TEA_CAFFEINE, NEW_TEA);

  await page.goto('/tokyo-vs-kyoto');
  await expect(kyotoOnTokyoVsKyoto(page)).toContainText(original.kyoto);
  await expect(kyotoOnTokyoVsKyoto(page)).not.toContainText(NEW_KYOTO);

  await page.goto('/coffee-vs-tea');
  await expect(teaOnCoffeeVsTea(page)).toContainText(original.tea);
  await expect(teaOnCoffeeVsTea(page)).not.toContainText(NEW_TEA);

  await page.goto('/figures/kyoto');
  await expect(kyotoOnFigurePage(page)).toContainText(original.kyoto);
});

test('[OPERATOR][CACHING] revalidation is refused without the secret token', async ({ request }) => {
  const missing = await revalidate(request, { figure: 'kyoto' }, null);
  expect(missing.status()).toBe(401);
  const wrong = await revalidate(request, { figure: 'kyoto' }, 'not-the-secret');
  expect(wrong.status()).toBe(401);
});

test('[OPERATOR][CACHING] revalidating a figure refreshes exactly the pages that show it', async ({ page, request }) => {
  // The refused attempts above changed nothing: readers still get the cached page.
  await page.goto('/tokyo-vs-kyoto');
  await expect(kyotoOnTokyoVsKyoto(page)).toContainText(original.kyoto);

  const response = await revalidate(request, { figure: 'kyoto' });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ refreshed: ['figure:kyoto'] });

  // The very next reader sees the new value: no stale copy first.
  await page.goto('/tokyo-vs-kyoto');
  await expect(kyotoOnTokyoVsKyoto(page)).toContainText(NEW_KYOTO);
  await expect(kyotoOnTokyoVsKyoto(page)).not.toContainText(original.kyoto);

  await page.goto('/figures/kyoto');
  await expect(kyotoOnFigurePage(page)).toContainText(NEW_KYOTO);

  // Coffee vs. Tea does not show Kyoto: it was left in the cache, old value and all.
  const coffeeVsTea = await page.goto('/coffee-vs-tea');
  await expect(teaOnCoffeeVsTea(page)).toContainText(original.tea);
  await expect(teaOnCoffeeVsTea(page)).not.toContainText(NEW_TEA);
  expect(coffeeVsTea?.headers()['x-nextjs-cache']).toBe('HIT');

  const json = await request.get('/api/comparisons/tokyo-vs-kyoto');
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { figures: { b: { slug: string } }; rows: { attribute: { slug: string }; b: { value: string } | null }[] };
  expect(body.figures.b.slug).toBe('kyoto');
  expect(body.rows.find((r) => r.attribute.slug === 'population')?.b?.value).toBe(NEW_KYOTO);
});

test('[OPERATOR][CACHING] search results come from the cache and are refreshed with the figures they show', async ({ page, request }) => {
  const teaResult = (name: string) => page.getByRole('main').getByRole('listitem').getByRole('link', { name, exact: true });
  const renamed = `${original.teaName} ${stamp}`;
  const first = await page.goto('/search?q=tea');
  expect(first?.status()).toBe(200);
  await expect(teaResult(original.teaName)).toBeVisible();

  // Renamed behind the app's back: the kept results of the same query still show the old name.
  await writeFigureName(db, 'tea', renamed);
  await page.goto('/search?q=tea');
  await expect(teaResult(original.teaName)).toBeVisible();
  await expect(teaResult(renamed)).toHaveCount(0);

  // A query nobody asked before is searched in the database: it finds the new name.
  await page.goto(`/search?${new URLSearchParams({ q: `tea ${stamp}` })}`);
  await expect(teaResult(renamed)).toBeVisible();

  // Revalidating the figure refreshes every kept search: the next reader sees the new name.
  expect((await revalidate(request, { figure: 'tea' })).status()).toBe(200);
  await page.goto('/search?q=tea');
  await expect(teaResult(renamed)).toBeVisible();
  await expect(teaResult(original.teaName)).toHaveCount(0);
});

test('[OPERATOR][CACHING] a page being rendered while a figure changes is not kept with the old value', async ({ request }) => {
  // Readers ask for a page that must be rendered again (Tokyo was revalidated), and while those
  // renders run, Kyoto's population changes and Kyoto is revalidated. A render that read the old
  // value must not be kept: the next reader sees the new one. Each round starts the change at a
  // different moment of the renders; before the fix, about two rounds in three kept the old value.
  const population = async () => {
    const body = (await (await request.get('/api/comparisons/tokyo-vs-kyoto')).json()) as { rows: { attribute: { slug: string }; b: { value: string } | null }[] };
    return body.rows.find((r) => r.attribute.slug === 'population')?.b?.value;
  };
  const page = async () => (await request.get('/tokyo-vs-kyoto')).text();
  const kept: number[] = [];
  for (let round = 0; round < 10; round++) {
    const value = `About 1.46 million (round ${round}, ${stamp})`;
    expect((await revalidate(request, { figure: 'tokyo' })).status()).toBe(200);
    const readers = [page(), page(), population()];
    await new Promise((resolve) => setTimeout(resolve, round * 3));
    await writeFact(db, KYOTO_POPULATION, value);
    expect((await revalidate(request, { figure: 'kyoto' })).status()).toBe(200);
    await Promise.all(readers);
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!(await page()).includes(value) || (await population()) !== value) kept.push(round);
  }
  expect(kept, 'rounds whose next reader got the old value').toEqual([]);
});
