import { expect, test } from '@playwright/test';
import { LENIN_VS_STALIN } from './support/content';
import { jsonLdNodes, metaContent, metaContents } from './support/html';

type SitemapEntry = { loc: string; lastmod: string | null };

function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]*)<\/loc>/.exec(body!)?.[1]?.trim() ?? '',
    lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(body!)?.[1]?.trim() ?? null,
  }));
}

const isAbsoluteHttpUrl = (value: string) => /^https?:\/\/[^/]+\//.test(value);

test('[CRAWLER][SEO] the sitemap lists published comparisons with their dates, figures and categories', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const entries = parseSitemap(await response.text());

  const paths = entries.map((e) => new URL(e.loc).pathname);
  for (const entry of entries) expect(isAbsoluteHttpUrl(entry.loc), entry.loc).toBe(true);

  const comparison = entries.find((e) => /^https?:\/\/[^/]+\/lenin-vs-stalin$/.test(e.loc));
  expect(comparison, 'sitemap lists /lenin-vs-stalin').toBeDefined();
  expect(comparison!.lastmod, '/lenin-vs-stalin has a <lastmod>').toBeTruthy();
  expect(Number.isNaN(Date.parse(comparison!.lastmod!))).toBe(false);

  expect(paths).toContain('/figures/lenin');
  expect(paths).toContain('/figures/stalin');
  expect(paths).toContain('/categories/history-politics');
  // Only published pages: the automatic table and the reversed address are not listed.
  expect(paths).not.toContain('/lenin-vs-trotsky');
  expect(paths).not.toContain('/stalin-vs-lenin');
  expect(new Set(paths).size, 'no address is listed twice').toBe(paths.length);
});

test('[CRAWLER][SEO] the sitemap never dates a comparison earlier than the page itself does', async ({ page, request }) => {
  const entries = parseSitemap(await (await request.get('/sitemap.xml')).text());
  const lastmod = entries.find((e) => new URL(e.loc).pathname === LENIN_VS_STALIN.path)?.lastmod;
  expect(lastmod, '/lenin-vs-stalin has a <lastmod>').toBeTruthy();

  await page.goto(LENIN_VS_STALIN.path);
  const article = (await jsonLdNodes(page)).find((n) => n['@type'] === 'Article');
  const modified = String(article?.['dateModified']);
  expect(await metaContent(page, 'article:modified_time')).toBe(modified);
  // Otherwise a crawler trusting the sitemap would not come back for the changed page.
  expect(Date.parse(lastmod!), `sitemap <lastmod> ${lastmod} vs. page dateModified ${modified}`).toBeGreaterThanOrEqual(Date.parse(modified));
});

test('[CRAWLER][SEO] robots.txt keeps crawlers out of the admin area and points to the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split(/\r?\n/).map((l) => l.trim());
  expect(lines).toContain('Disallow: /admin');
  expect(lines, 'page images stay fetchable (Open Graph, image search)').toContain('Allow: /api/media/');
  expect(lines.some((l) => /^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/i.test(l))).toBe(true);
  expect(lines, 'published pages stay crawlable').not.toContain('Disallow: /');
});

test('[CRAWLER][SEO] a comparison page carries its title, description, canonical link and social tags', async ({ page, request }) => {
  await page.goto(LENIN_VS_STALIN.path);
  await expect(page).toHaveTitle(LENIN_VS_STALIN.documentTitle);

  const summary = (await page.getByText(LENIN_VS_STALIN.summaryStart).textContent())!.trim();
  const description = await metaContent(page, 'description');
  expect(description).toBeTruthy();
  const shown = description!.replace(/…$/, '').trim();
  expect(shown.length).toBeGreaterThan(60);
  expect(summary.startsWith(shown), `description "${description}" starts the summary`).toBe(true);

  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/lenin-vs-stalin$/);

  expect(await metaContent(page, 'og:title')).toBe(LENIN_VS_STALIN.documentTitle);
  expect(await metaContent(page, 'og:type')).toBe('article');
  expect(await metaContent(page, 'og:url')).toBe(canonical);
  expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');

  const images = await metaContents(page, 'og:image');
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(isAbsoluteHttpUrl(image), image).toBe(true);
    // Crawlers fetch it from the public origin; here, from the test server at the same path.
    const fetched = await request.get(new URL(image).pathname);
    expect(fetched.status(), image).toBe(200);
    expect(fetched.headers()['content-type']).toMatch(/^image\//);
  }
});

test('[CRAWLER][SEO] a comparison page describes itself as an Article with breadcrumbs in JSON-LD', async ({ page }) => {
  await page.goto(LENIN_VS_STALIN.path);
  const nodes = await jsonLdNodes(page);

  const article = nodes.find((n) => n['@type'] === 'Article');
  expect(article, 'an Article node').toBeDefined();
  expect(article!['headline']).toBe(LENIN_VS_STALIN.documentTitle);
  const published = Date.parse(String(article!['datePublished']));
  const modified = Date.parse(String(article!['dateModified']));
  expect(Number.isNaN(published), 'datePublished is a date').toBe(false);
  expect(Number.isNaN(modified), 'dateModified is a date').toBe(false);
  expect(modified).toBeGreaterThanOrEqual(published);
  const image = article!['image'];
  const imageUrls = Array.isArray(image) ? image : [image];
  expect(imageUrls.length).toBeGreaterThan(0);
  for (const url of imageUrls) expect(isAbsoluteHttpUrl(String(url)), String(url)).toBe(true);

  const breadcrumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
  expect(breadcrumbs, 'a BreadcrumbList node').toBeDefined();
  const items = breadcrumbs!['itemListElement'] as { position: number; name: string; item: string }[];
  expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
  expect(items.map((i) => i.name)).toEqual(['Home', LENIN_VS_STALIN.category.name, LENIN_VS_STALIN.title]);
  expect(new URL(items[1]!.item).pathname).toBe(LENIN_VS_STALIN.category.path);
  expect(items[2]!.item).toMatch(/^https?:\/\/[^/]+\/lenin-vs-stalin$/);
});

test('[CRAWLER][SEO] a figure page names the site, shares its photo and describes the figure with breadcrumbs', async ({ page, request }) => {
  await page.goto('/figures/lenin');
  expect(await metaContent(page, 'og:site_name')).toBe('Contrast');
  expect(await metaContent(page, 'og:type')).toBe('profile');
  expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
  const image = (await metaContent(page, 'og:image')) ?? '';
  expect(isAbsoluteHttpUrl(image)).toBe(true);
  expect((await request.get(new URL(image).pathname)).headers()['content-type']).toMatch(/^image\//);

  const nodes = await jsonLdNodes(page);
  const person = nodes.find((n) => n['@type'] === 'Person');
  expect(person?.['name']).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  const breadcrumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
  const items = breadcrumbs!['itemListElement'] as { position: number; name: string; item: string }[];
  expect(items.map((i) => new URL(i.item).pathname)).toEqual(['/', '/figures', '/figures/lenin']);
});

test('[CRAWLER][SEO] the home page has its share card, and the site its icons', async ({ page, request }) => {
  await page.goto('/');
  expect(await metaContent(page, 'og:type')).toBe('website');
  expect(await metaContent(page, 'og:title')).toContain('Contrast');
  expect(await metaContent(page, 'og:description')).toBeTruthy();
  expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
  const image = (await metaContent(page, 'og:image')) ?? '';
  expect(isAbsoluteHttpUrl(image)).toBe(true);
  const png = await request.get(new URL(image).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');

  // Browsers ask for /favicon.ico whatever the page says; the page also names an SVG icon.
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  const svgIcon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  await expect(svgIcon).toHaveCount(1);
  expect((await request.get((await svgIcon.getAttribute('href'))!)).status()).toBe(200);
});
