import { expect, test } from '@playwright/test';
import { EDITOR } from './support/accounts';
import { signIn } from './support/login';

// Addresses anyone can type, paste half-copied or replay from a crawler's list. Each gets a
// real answer, a page to go on from (or the page itself), never a server error.

const PUBLIC: [address: string, status: number][] = [
  // A malformed percent-escape (Next's router cannot decode it; the proxy answers).
  ['/figures/%ff', 404],
  ['/%E2%82', 404],
  ['/about/%ff', 404],
  ['/search/%ff/1', 404],
  ['/api/comparisons/%ff', 400],
  // A NUL character, which PostgreSQL cannot take in text: no lookup is made.
  ['/figures/%00', 404],
  ['/%00-vs-%00', 404],
  ['/categories/%00', 404],
  ['/api/comparisons/%00', 404],
  ['/search?q=%00', 200],
  // Ids past PostgreSQL's integer, and repeated parameters.
  ['/report/lenin-vs-stalin?row=9999999999&section=2147483648', 200],
  ['/report/lenin-vs-stalin?side=A&side=C&row=x', 200],
  ['/corrections/99999999999', 404],
  ['/categories/history-politics/99999999999', 404],
  // Pages rendered per request (the report form, a report's private page), and paths below
  // /search, whose results have one address (/search?q=...).
  ['/report/no-such-vs-thing', 404],
  ['/reports/no-such-token', 404],
  ['/search/lenin/51', 404],
  ['/search/lenin/01', 404],
];

test('[READER][ADDRESSES] malformed, oversized and repeated parts of an address get a page, never a server error', async ({ request }) => {
  for (const [address, status] of PUBLIC) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(status);
    if (address.startsWith('/api/')) {
      expect((await response.json()) as unknown, address).toMatchObject({ error: { message: expect.any(String) } });
    } else {
      const html = await response.text();
      expect(html, address).toContain('type="search"');
      if (status === 404) {
        // The helpful page is in the HTML itself (no JavaScript needed), under one robots tag.
        expect(html, address).toMatch(/<h1>[^<]+<\/h1>/);
        expect(html.match(/<meta name="robots"/g), address).toHaveLength(1);
      }
    }
  }
});

// Escaped characters: never lower-cased, so never a redirect to the same address. A mixed-case
// address redirects once, to its lower-case form.
const ESCAPED: [address: string, redirectsTo: string | null][] = [
  ['/caf%C3%A9', null],
  ['/%D0%BB%D0%B5%D0%BD%D0%B8%D0%BD-vs-%D1%81%D1%82%D0%B0%D0%BB%D0%B8%D0%BD', null],
  ['/lenin-vs-stalin%3F', null],
  ['/a%2fb', null],
  ['/%2fevil.com', null],
  ['/Caf%C3%A9', '/caf%C3%A9'],
];

test('[READER][ADDRESSES] an address with escaped characters is a 404, reached in at most one redirect', async ({ request }) => {
  for (const [address, redirectsTo] of ESCAPED) {
    const first = await request.get(address, { maxRedirects: 0 });
    if (redirectsTo) {
      expect(first.status(), address).toBe(308);
      expect(new URL(first.headers().location!, 'http://x').pathname, address).toBe(redirectsTo);
    }
    const target = redirectsTo ?? address;
    const final = redirectsTo ? await request.get(target, { maxRedirects: 0 }) : first;
    expect(final.status(), target).toBe(404);
    expect(await final.text(), target).toContain('type="search"');
  }
});

test('[EDITOR][ADDRESSES] admin pages read malformed addresses and parameters without failing', async ({ page }) => {
  await signIn(page, EDITOR);
  for (const [address, status] of [
    ['/admin/figures/%ff', 404],
    ['/admin/comparisons/%E2%82/history', 404],
    ['/admin/figures?q=%00', 200],
    ['/admin/comparisons?q=%00&status=x&status=DRAFT', 200],
    ['/admin/figures/9999999999', 404],
    ['/admin/comparisons/1/history/9999999999', 404],
  ] as const) {
    const response = await page.request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(status);
  }
});

test('[EDITOR][ADDRESSES] an admin address naming nothing is a 404 that says so and leads back, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, EDITOR);
  for (const [address, back, title] of [
    ['/admin/figures/999999', 'All figures', 'Not found'],
    ['/admin/figures/1/facts/999999', 'All figures', 'Not found'],
    ['/admin/figures/1/facts/999999/history', 'All figures', 'Not found'],
    ['/admin/comparisons/999999/history', 'All comparisons', 'Not found'],
    ['/admin/comparisons/999999/history/1', 'All comparisons', 'Not found'],
    ['/admin/comparisons/999999', 'All comparisons', 'Not found'],
    ['/admin/categories/0', 'All categories', 'Not found'],
    ['/admin/attributes/999999', 'All attributes', 'Not found'],
    ['/admin/reports/999999', 'Reports', 'Not found'],
    ['/admin/figures/999999/history', 'All figures', 'Not found'],
    // Addresses that name no admin page at all.
    ['/admin/nope', 'Dashboard', 'Page not found'],
    ['/admin/figures/1/nope', 'Dashboard', 'Page not found'],
  ] as const satisfies ReadonlyArray<readonly [string, string, string?]>) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), address).toHaveText('Not found');
    // Inside the admin area: its navigation, and the way back.
    await expect(page.getByRole('navigation', { name: 'Admin' }), address).toBeVisible();
    await expect(page.getByRole('link', { name: `← ${back}` }), address).toBeVisible();
    // The edit pages are titled by what they show, and so say when it is not there.
    if (title) await expect(page, address).toHaveTitle(`${title} | Contrast admin`);
  }
  await context.close();
});
