import { expect, test } from '@playwright/test';
import { LENIN_VS_STALIN, ROW_LABELS } from './support/content';

type FactJson = { value: string; sourceUrl: string | null } | null;
type ComparisonJson = {
  slug: string;
  url: string;
  title: string;
  summary: string;
  figures: { a: { slug: string; name: string; url: string }; b: { slug: string; name: string; url: string } };
  rows: { attribute: { slug: string; label: string }; a: FactJson; b: FactJson }[];
  sections: { heading: string; body: string }[];
  publishedAt: string;
  updatedAt: string;
};

test('[CLIENT][API] /api/health reports that the site is up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/application\/json/);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

test('[CLIENT][API] /api/comparisons/lenin-vs-stalin returns the page as JSON', async ({ request }) => {
  const response = await request.get('/api/comparisons/lenin-vs-stalin');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/application\/json/);
  expect(response.headers()['cache-control'], 'a Cache-Control header').toMatch(/max-age|s-maxage/);

  const body = (await response.json()) as ComparisonJson;
  expect(body.slug).toBe('lenin-vs-stalin');
  expect(body.title).toBe(LENIN_VS_STALIN.title);
  expect(body.summary.startsWith(LENIN_VS_STALIN.summaryStart)).toBe(true);
  expect(body.figures.a).toMatchObject({ slug: 'lenin', name: 'Lenin' });
  expect(body.figures.b).toMatchObject({ slug: 'stalin', name: 'Stalin' });

  expect(body.rows.map((r) => r.attribute.label)).toEqual(ROW_LABELS);
  expect(body.rows.map((r) => [r.attribute.label, r.a?.value, r.b?.value])).toEqual(LENIN_VS_STALIN.rows.map((row) => [...row]));

  const headings = body.sections.map((s) => s.heading);
  for (const heading of LENIN_VS_STALIN.sections) expect(headings).toContain(heading);
  for (const section of body.sections) expect(section.body.length).toBeGreaterThan(100);

  expect(Number.isNaN(Date.parse(body.publishedAt)), 'publishedAt is a date').toBe(false);
  expect(Number.isNaN(Date.parse(body.updatedAt)), 'updatedAt is a date').toBe(false);
  expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(body.publishedAt));
});

test('[CLIENT][API] an unknown comparison answers 404 with a NOT_FOUND error', async ({ request }) => {
  const response = await request.get('/api/comparisons/nobody-vs-nothing');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toMatch(/application\/json/);
  expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
});
