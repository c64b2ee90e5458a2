import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { LENIN_VS_STALIN } from './support/content';

const searchUrl = (q: string) => `/search?${new URLSearchParams({ q })}`;
const results = (page: Page) => page.getByRole('main').getByRole('listitem');
const mainSearchbox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search comparisons' });

test('[READER][SEARCH] the start of a word finds the comparison and highlights the matches', async ({ page }) => {
  const response = await page.goto(searchUrl('stal'));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “stal”/);

  const hit = results(page).filter({ has: page.getByRole('link', { name: LENIN_VS_STALIN.title, exact: true }) });
  await expect(hit).toHaveCount(1);
  const marks = hit.locator('mark');
  await expect(marks.first()).toBeVisible();
  for (const mark of await marks.allTextContents()) expect(mark.toLowerCase()).toMatch(/^stal/);

  await hit.getByRole('link', { name: LENIN_VS_STALIN.title }).click();
  await expect(page).toHaveURL(/\/lenin-vs-stalin$/);
});

test('[READER][SEARCH] an empty search offers the search box and recent comparisons', async ({ page }) => {
  const response = await page.goto('/search?q=');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(mainSearchbox(page)).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Recent comparisons' })).toBeVisible();
  const recent = page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link');
  await expect(recent.first()).toBeVisible();
  for (const link of await recent.all()) await expect(link).toHaveAttribute('href', /^\/[a-z0-9-]+-vs-[a-z0-9-]+$/);
});

test('[READER][SEARCH] a 500-character query answers with a normal page', async ({ page }) => {
  const query = 'stalin '.repeat(72).slice(0, 500);
  expect(query).toHaveLength(500);
  const response = await page.goto(searchUrl(query));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results');
  await expect(page.getByRole('status')).toBeVisible();
  const shown = await mainSearchbox(page).inputValue();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(500);
});

test('[READER][SEARCH] SQL in the query is treated as words and breaks nothing', async ({ page }) => {
  const query = "'; drop table figures; --";
  const response = await page.goto(searchUrl(query));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results');
  await expect(page.getByRole('status')).toContainText(`“${query}”`);

  // The figures are all still there.
  await page.goto(searchUrl('stalin'));
  await expect(page.getByRole('main').getByRole('link', { name: 'Stalin', exact: true })).toBeVisible();
  expect((await page.goto('/figures/stalin'))?.status()).toBe(200);
});

test('[READER][SEARCH] HTML in the query is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const query = '<script>alert(1)</script>';
  const response = await page.goto(searchUrl(query));
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('status')).toContainText(`“${query}”`);
  await expect(mainSearchbox(page)).toHaveValue(query);
  await expect(page.getByRole('main').locator('script')).toHaveCount(0);
  // Give any injected script the same chance a reader's browser would: the page has fully loaded.
  await page.waitForLoadState('load');
  expect(dialogs).toEqual([]);
});

for (const query of ['Ленин', '東京']) {
  test(`[READER][SEARCH] a query in another script (${query}) answers with a normal page`, async ({ page }) => {
    const response = await page.goto(searchUrl(query));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results');
    await expect(page.getByRole('status')).toContainText(`“${query}”`);
    await expect(mainSearchbox(page)).toHaveValue(query);
  });
}

test('[READER][SEARCH] punctuation, symbols and percent signs are kept as typed', async ({ request }) => {
  for (const query of [`a&b=c;d+e:f*(g)"h'`, 'C++', 'lenin:stalin', 'stalin 🙂', '[x] {y} $1', '50%', '#tag', '?', '...']) {
    const response = await request.get(searchUrl(query));
    expect(response.status(), query).toBe(200);
    const text = (await response.text()).replaceAll('<!-- -->', '');
    const shown = /for “(.*?)”/.exec(text)?.[1];
    expect(shown && decodeEntities(shown), query).toBe(query);
  }
});

test('[READER][SEARCH] a repeated parameter counts by its last value', async ({ request }) => {
  const cases = [
    { address: '/search?q=nothing&q=world&page=1&page=2', query: 'world', page: 'page 2 of' },
    { address: '/search?q=nothing&q=world&page=1&page=51', query: 'world', page: 'There is no page 51:' },
    { address: '/search?q=world&q=50%25', query: '50%', page: null },
  ];
  for (const { address, query, page } of cases) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    const text = (await response.text()).replaceAll('<!-- -->', '');
    expect(decodeEntities(/for “(.*?)”/.exec(text)?.[1] ?? ''), address).toBe(query);
    if (page) expect(text, address).toContain(page);
  }
});

test('[READER][SEARCH] one address asking too many new searches in a minute gets 429 with when to retry, and no one else gets that answer', async ({ request }) => {
  // scripts/e2e-server.ts sets SEARCH_LIMIT_PER_MINUTE=120. The searches are counted in
  // one-minute windows: start well inside one, so that all of them fall in it.
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 25_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
  const reader = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
  const run = randomUUID().slice(0, 8);
  const queries = Array.from({ length: 121 }, (_, i) => `limit${run}x${i}`);
  const answers: { query: string; status: number; retryAfter?: string; text: string }[] = [];
  for (let i = 0; i < queries.length; i += 8) {
    answers.push(
      ...(await Promise.all(
        queries.slice(i, i + 8).map(async (query) => {
          const response = await request.get(searchUrl(query), { headers: reader });
          return { query, status: response.status(), retryAfter: response.headers()['retry-after'], text: await response.text() };
        }),
      )),
    );
  }
  const refused = answers.filter((a) => a.status === 429);
  expect(answers.filter((a) => a.status === 200)).toHaveLength(120);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.retryAfter).toMatch(/^\d+$/);
  expect(refused[0]!.text).toContain('Too many searches have come from your network in the last minute.');

  // The refusal was for that reader alone: the same query from anyone else is searched.
  const other = await request.get(searchUrl(refused[0]!.query), { headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` } });
  expect(other.status()).toBe(200);
  expect((await other.text()).replaceAll('<!-- -->', '')).toContain(`No results for “${refused[0]!.query}”`);
  // Over the limit, any query is refused, whatever its characters.
  const percent = await request.get(searchUrl(`limit${run} 50%`), { headers: reader });
  expect(percent.status()).toBe(429);
});

test('[READER][SEARCH] a repeated search is answered from the cache: it is not counted against the reader’s limit', async ({ request }) => {
  // scripts/e2e-server.ts sets SEARCH_LIMIT_PER_MINUTE=120: 130 asks of one query, as one reader.
  const reader = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
  const query = `again${randomUUID().slice(0, 8)} stalin`;
  const statuses: number[] = [];
  for (let i = 0; i < 130; i += 10) {
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, async () => (await request.get(searchUrl(query), { headers: reader })).status()))));
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  // A different query from the same reader still runs, and is counted.
  const other = await request.get(searchUrl(`${query} lenin`), { headers: reader });
  expect(other.status()).toBe(200);
});

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? _;
  });
}

test('[READER][SEARCH] Japanese text in an article is found', async ({ page }) => {
  await page.goto(searchUrl('東京'));
  await expect(page.getByRole('main').getByRole('link', { name: 'Tokyo vs. Kyoto' })).toBeVisible();
});

test('[READER][SEARCH] many results are split into pages the reader can move through', async ({ page }) => {
  await page.goto(searchUrl('world'));
  const status = page.getByRole('status');
  await expect(status).toContainText(/\d+ results for “world”, page 1 of \d+/);
  const totalPages = Number(/page 1 of (\d+)/.exec((await status.textContent())!)![1]);
  expect(totalPages).toBeGreaterThan(1);

  const pages = page.getByRole('navigation', { name: 'Search result pages' });
  await expect(pages.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  const firstPage = await results(page).getByRole('heading').allTextContents();
  expect(firstPage).toHaveLength(10);

  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(status).toContainText(`page 2 of ${totalPages}`);
  await expect(pages.getByText(`Page 2 of ${totalPages}`)).toBeVisible();
  const secondPage = await results(page).getByRole('heading').allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title)), 'no result repeats from page 1').toEqual([]);

  await pages.getByRole('link', { name: /Previous/ }).click();
  await expect(status).toContainText(`page 1 of ${totalPages}`);
  expect(await results(page).getByRole('heading').allTextContents()).toEqual(firstPage);

  // A page past the last, within the limit of 50 or past it, says so by the number asked for,
  // never with an error, and links to the last.
  for (const n of ['50', '51', '999']) {
    const response = await page.goto(`/search?${new URLSearchParams({ q: 'world', page: n })}`);
    expect(response?.status(), `page=${n}`).toBe(200);
    await expect(status).toContainText(`There is no page ${n}: the`);
    await expect(status).toContainText(`fill ${totalPages} pages.`);
  }
  // A page number is plain digits: anything else (1e3, 0x10, +5, 5.0) is read as page 1.
  for (const n of ['1e3', '0x10', '+5', '5.0']) {
    await page.goto(`/search?${new URLSearchParams({ q: 'world', page: n })}`);
    await expect(status, `page=${n}`).toContainText(`page 1 of ${totalPages}`);
  }
  await page.goto(`/search?${new URLSearchParams({ q: 'world', page: '999' })}`);
  await status.getByRole('link', { name: 'Go to the last page' }).click();
  await expect(status).toContainText(`page ${totalPages} of ${totalPages}`);
});

test('[READER][SEARCH] a results page makes the server run one search: its links to other results pages fetch nothing until followed', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/search') && url.searchParams.has('q')) asked.push(`${url.searchParams.get('q')} ${url.searchParams.get('page') ?? '1'}`);
  });
  await page.goto(searchUrl('world'));
  const next = page.getByRole('navigation', { name: 'Search result pages' }).getByRole('link', { name: /Next/ });
  await next.scrollIntoViewIfNeeded();
  await expect(next).toBeInViewport();
  // Next.js prefetches a link as it comes into view, unless the link says prefetch={false}.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(asked).toEqual(['world 1']);
  await next.click();
  await expect(page.getByRole('status')).toContainText('page 2 of');
  expect(asked).toEqual(['world 1', 'world 2']);
});
