import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { DEMO_CREDIT, LENIN_VS_STALIN, ROW_LABELS, UNKNOWN_PATHS } from './support/content';
import { metaContent } from './support/html';

/** Every Location header of a response (Playwright joins repeated headers into one string). */
function locations(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'location')
    .map((h) => new URL(h.value, 'http://placeholder').pathname);
}

test.describe('comparison addresses', () => {
  for (const path of ['/stalin-vs-lenin', '/Lenin-vs-Stalin']) {
    test(`[READER][COMPARISONS] ${path} redirects permanently to /lenin-vs-stalin`, async ({ request, page }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([301, 308]).toContain(response.status());
      const targets = locations(response);
      expect(targets.length, 'the redirect names where to go').toBeGreaterThan(0);
      for (const target of targets) expect(target).toBe(LENIN_VS_STALIN.path);

      await page.goto(path);
      await expect(page).toHaveURL(/\/lenin-vs-stalin$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.title);
    });
  }

  test('[READER][COMPARISONS] a redirect rendered for the first time carries exactly one Location header', async ({ request }) => {
    // A spelling of the address nobody asked for yet, so the server renders the redirect now
    // instead of replaying a cached one.
    const letters = [...LENIN_VS_STALIN.path.slice(1)].map((c, i) => (i === 0 || Math.random() < 0.5 ? c.toUpperCase() : c));
    const response = await request.get(`/${letters.join('')}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(locations(response)).toEqual([LENIN_VS_STALIN.path]);
  });

  test('[READER][COMPARISONS] a redirect a page renders carries exactly one Location header, first time and from the cache', async ({ request }) => {
    // Revalidated, so the reversed address is rendered again on the next request.
    const revalidated = await request.post('/api/revalidate', { headers: { Authorization: 'Bearer e2e-revalidate-secret' }, data: { comparison: 'mount-everest-vs-k2' } });
    expect(revalidated.status()).toBe(200);
    // A category's page 1 lives at the category's own address; this one was never asked for.
    const category = `/categories/never-asked-${Date.now().toString(36)}`;
    for (const [path, target] of [['/k2-vs-mount-everest', '/mount-everest-vs-k2'], [`${category}/1`, category]] as const) {
      for (const time of ['rendered', 'cached']) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), `${path}, ${time}`).toBe(308);
        expect(locations(response), `${path}, ${time}`).toEqual([target]);
      }
    }
  });
});

/** The links to the comparisons a 404 page offers ("Popular comparisons", or before any reading "Recent comparisons"). */
function suggestedComparisons(page: Page) {
  return page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link');
}

test.describe('unknown addresses', () => {
  for (const path of UNKNOWN_PATHS) {
    test(`[READER][NOT FOUND] ${path} answers 404 with a search box and comparisons to start from`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      // Kept out of search engines, by one robots tag.
      await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
      expect(await metaContent(page, 'robots')).toBe('noindex');

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that comparison');
      await expect(page.getByRole('heading', { name: /^(Popular|Recent) comparisons$/ })).toBeVisible();
      const suggested = suggestedComparisons(page);
      await expect(suggested.first()).toBeVisible();
      expect(await suggested.count()).toBeGreaterThanOrEqual(3);
      for (const link of await suggested.all()) await expect(link).toHaveAttribute('href', /^\/[a-z0-9-]+-vs-[a-z0-9-]+$/);

      const search = page.getByRole('main').getByRole('searchbox', { name: 'Search comparisons and figures' });
      await search.fill('stalin');
      await search.press('Enter');
      await expect(page).toHaveURL(/\/search\?q=stalin/);
      await expect(page.getByRole('link', { name: LENIN_VS_STALIN.title })).toBeVisible();
    });
  }

  test('[READER][NOT FOUND] a comparison the 404 page offers leads to that comparison', async ({ page }) => {
    await page.goto('/nobody-vs-nothing');
    const first = suggestedComparisons(page).first();
    const title = (await first.textContent())!.trim();
    expect(title).toMatch(/ vs\. /);
    await first.click();
    await expect(page).toHaveURL(/\/[a-z0-9-]+-vs-[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('[READER][NOT FOUND] the 404 page offers the comparisons readers read most', async ({ page, request }) => {
    // One the 404 page would not offer as one of the six most recent: the home page's eighth.
    await page.goto('/');
    const eighth = page.getByRole('region', { name: 'Recent comparisons' }).getByRole('listitem').getByRole('heading').getByRole('link').nth(7);
    const title = (await eighth.textContent())!.trim();
    const href = (await eighth.getAttribute('href'))!;
    // Read far more often than any other spec reads a comparison (the server adds up readings each second).
    for (let i = 0; i < 150; i += 1) expect((await request.get(href)).status()).toBe(200);

    // Each new address is a 404 rendered now, with the readings added up so far.
    let attempt = 0;
    await expect
      .poll(
        async () => {
          attempt += 1;
          await page.goto(`/nobody-vs-popular-${Date.now().toString(36)}-${attempt}`);
          return (await suggestedComparisons(page).allTextContents()).map((text) => text.trim());
        },
        { timeout: 15_000 },
      )
      .toContain(title);
    await expect(page.getByRole('heading', { name: 'Popular comparisons' })).toBeVisible();
  });

  test('[READER][NOT FOUND] the 404 page is titled as such in the browser tab', async ({ page }) => {
    await page.goto('/nobody-vs-nothing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that comparison');
    await expect(page).toHaveTitle(/not found/i);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('[READER][NOT FOUND] the 404 page is readable without JavaScript', async ({ page }) => {
      const response = await page.goto('/nobody-vs-nothing');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that comparison');
      await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search comparisons and figures' })).toBeVisible();
      await expect(suggestedComparisons(page).first()).toBeVisible();
    });
  });
});

test.describe('automatic comparisons', () => {
  test('[READER][COMPARISONS] two figures without a published comparison get an automatic table, kept out of search engines', async ({ page }) => {
    const response = await page.goto('/lenin-vs-trotsky');
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lenin vs. Trotsky');
    await expect(page.getByText('Automatic comparison.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Facts shared by Lenin and Trotsky (automatic)' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Attribute', 'Lenin', 'Trotsky']);
    await expect(table.getByRole('row', { name: /Birth Name/ })).toContainText('Vladimir Ilyich Ulyanov');
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
    // No editor wrote it: no article to read.
    await expect(page.getByRole('heading', { name: 'Further Detail' })).toHaveCount(0);

    expect(await metaContent(page, 'robots')).toMatch(/noindex/);
  });

  test('[READER][COMPARISONS] a published comparison may be indexed', async ({ page }) => {
    await page.goto(LENIN_VS_STALIN.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.title);
    expect((await metaContent(page, 'robots')) ?? '').not.toMatch(/noindex/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('[READER][COMPARISONS] the comparison page is complete without JavaScript', async ({ page }) => {
    await page.goto(LENIN_VS_STALIN.path);

    await expect(page).toHaveTitle(LENIN_VS_STALIN.documentTitle);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.title);
    await expect(page.getByText(LENIN_VS_STALIN.summaryStart)).toBeVisible();

    const table = page.getByRole('table', { name: 'Lenin and Stalin compared' });
    await expect(table.getByRole('rowheader')).toHaveText(ROW_LABELS);
    for (const [label, a, b] of LENIN_VS_STALIN.rows) {
      await expect(table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell')).toHaveText([a, b].map((v) => new RegExp(escapeRegExp(v))));
    }

    for (const heading of ['Further Detail', ...LENIN_VS_STALIN.sections, 'Conclusion']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }

    const credits = page.getByRole('figure').filter({ hasText: DEMO_CREDIT });
    await expect(credits).toHaveCount(2);
    for (const credit of await credits.all()) {
      await expect(credit.getByRole('img')).toBeVisible();
      await expect(credit.getByRole('link', { name: 'Contrast Studio' })).toBeVisible();
      await expect(credit.getByRole('link', { name: 'Contrast Demo Library' })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'report', exact: true })).toBeVisible();
  });

  test('[READER][SEARCH] the search box in the header works without JavaScript', async ({ page }) => {
    await page.goto(LENIN_VS_STALIN.path);
    const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search comparisons' });
    await search.fill('trotsky');
    await search.press('Enter');

    await expect(page).toHaveURL(/\/search\?q=trotsky$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results');
    await expect(page.getByRole('status')).toContainText('for “trotsky”');
    await expect(page.getByRole('main').getByRole('link', { name: 'Trotsky vs. Stalin' })).toBeVisible();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
