import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { connectToE2eDatabase } from './support/database';
import { horizontalOverflow } from './support/html';
import { signIn } from './support/login';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One signed-in page for the whole list, and one test per admin page, so that a slow machine
// spends a test's time on one page rather than on fourteen. Admin pages render per request and
// the sign-in hashes a password: more than the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ viewport: { width: 360, height: 740 } });

type Ids = { figure: number; comparison: number; category: number };

// Wide tables scroll inside their own box, which a keyboard can scroll too; the page itself must not.
const PATHS: ReadonlyArray<readonly [string, (ids: Ids) => string]> = [
  ['the dashboard', () => '/admin'],
  ['the figures list', () => '/admin/figures'],
  ['a figure', ({ figure }) => `/admin/figures/${figure}`],
  ['a figure’s history', ({ figure }) => `/admin/figures/${figure}/history`],
  ['the attributes list', () => '/admin/attributes'],
  ['the comparisons list', () => '/admin/comparisons'],
  ['a comparison', ({ comparison }) => `/admin/comparisons/${comparison}`],
  ['a comparison’s history', ({ comparison }) => `/admin/comparisons/${comparison}/history`],
  ['the categories list', () => '/admin/categories'],
  ['a category', ({ category }) => `/admin/categories/${category}`],
  ['the reports queue', () => '/admin/reports'],
  ['the outbox', () => '/admin/outbox'],
  ['the users list', () => '/admin/users'],
  ['the audit log', () => '/admin/audit'],
];

let page: Page;
let ids: Ids;

test.beforeAll(async ({ browser }, testInfo) => {
  const client = await connectToE2eDatabase(testInfo);
  const result = await client
    .query<Ids>(
      `SELECT (SELECT id FROM figures WHERE slug = 'lenin') AS figure, (SELECT id FROM comparisons WHERE slug = 'lenin-vs-stalin') AS comparison,
              (SELECT id FROM categories WHERE slug = 'history-politics') AS category`,
    )
    .finally(() => client.end());
  ids = result.rows[0]!;
  // axe needs a page of a context of our own (browser.newPage's is hidden from it).
  page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, ADMIN);
});

test.afterAll(async () => {
  await page?.context().close();
});

for (const [name, pathOf] of PATHS) {
  test(`[ADMIN][SMALL SCREENS] ${name} does not scroll sideways on a 360 px phone and has no axe violations there`, async () => {
    const path = pathOf(ids);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await horizontalOverflow(page), path).toBe(0);
    const found = (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;
    expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  });
}
