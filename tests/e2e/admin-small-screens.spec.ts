import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { connectToE2eDatabase } from './support/database';
import { horizontalOverflow } from './support/html';
import { signIn } from './support/login';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Admin pages render per request and the sign-in hashes a password: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 360, height: 740 } });

test('[ADMIN][SMALL SCREENS] admin pages, tables included, do not scroll sideways on a 360 px phone and have no axe violations there', async ({ page }, testInfo) => {
  const client = await connectToE2eDatabase(testInfo);
  const ids = await client
    .query<{ figure: number; comparison: number; category: number }>(
      `SELECT (SELECT id FROM figures WHERE slug = 'lenin') AS figure, (SELECT id FROM comparisons WHERE slug = 'lenin-vs-stalin') AS comparison,
              (SELECT id FROM categories WHERE slug = 'history-politics') AS category`,
    )
    .finally(() => client.end());
  const { figure, comparison, category } = ids.rows[0]!;

  await signIn(page, ADMIN);
  // Wide tables scroll inside their own box, which a keyboard can scroll too; the page itself must not.
  const paths = [
    '/admin',
    '/admin/figures',
    `/admin/figures/${figure}`,
    `/admin/figures/${figure}/history`,
    '/admin/attributes',
    '/admin/comparisons',
    `/admin/comparisons/${comparison}`,
    `/admin/comparisons/${comparison}/history`,
    '/admin/categories',
    `/admin/categories/${category}`,
    '/admin/reports',
    '/admin/outbox',
    '/admin/users',
    '/admin/audit',
  ];
  const overflow: Record<string, number> = {};
  const violations: Record<string, string[]> = {};
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    overflow[path] = await horizontalOverflow(page);
    const found = (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;
    if (found.length) violations[path] = found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(overflow).toEqual(Object.fromEntries(paths.map((path) => [path, 0])));
  expect(violations).toEqual({});
});
