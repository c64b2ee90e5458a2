import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { ADMIN, EDITOR } from './support/accounts';
import { connectToE2eDatabase } from './support/database';
import { hydrated } from './support/html';
import { signIn } from './support/login';

// Admin pages render per request and these flows save, upload and sign in twice: on a busy
// two-core machine they need more than the default budgets.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** The admin edit page of a figure, found through the list's search. */
async function openFigure(page: Page, name: string): Promise<void> {
  await page.goto('/admin/figures');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('[EDITOR][FIGURES] a new figure with a photo gets a public page with the photo and its credit line', async ({ page }) => {
  const word = `Testplace ${randomUUID().slice(0, 6)}`;
  const slug = word.toLowerCase().replace(' ', '-');
  // Stored without compression: a 4 MB PNG, larger than a server action may carry (next.config.js).
  const photo = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#3a7d44' } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  expect(photo.length).toBeGreaterThan(4_000_000);

  // The index of figures is rendered and cached before the figure exists.
  await page.goto('/figures');
  await expect(page.getByRole('link', { name: new RegExp(`^${word}`) })).toHaveCount(0);

  await signIn(page, EDITOR);
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Figures' }).click();
  await page.getByRole('link', { name: 'New figure' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New figure');

  // The browser checks with the action's schema before sending anything.
  await page.getByRole('button', { name: 'Create figure' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page).toHaveURL(/\/admin\/figures\/new$/);

  await page.getByLabel('Name').fill(word);
  await page.getByLabel('Kind').selectOption('PLACE');
  await page.getByLabel('Short description').fill('A green place made up for an end-to-end test.');
  await page.getByLabel('Upload a photo').setInputFiles({ name: 'green.png', mimeType: 'image/png', buffer: photo });
  await page.getByRole('button', { name: 'Create figure' }).click();
  await expect(page.getByText('Describe the photo for people who cannot see it.')).toBeVisible();

  await page.getByLabel('Alt text').fill('A plain green field under an overcast sky');
  await page.getByLabel('Photographer', { exact: true }).fill('Greta Green');
  await page.getByLabel('Photographer link').fill('https://example.org/greta');
  await page.getByLabel('Source', { exact: true }).fill('Example Commons');
  await page.getByLabel('License').fill('CC BY 4.0');
  await page.getByRole('button', { name: 'Create figure' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Created.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word);
  await expect(page.getByLabel('Slug')).toHaveValue(slug);

  await page.goto(`/figures/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word);
  const image = page.getByRole('img', { name: 'A plain green field under an overcast sky' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && new URL(img.currentSrc).pathname)).toMatch(/^\/api\/media\/[0-9a-f]{64}\/\d+\.webp$/);
  await expect(page.locator('figcaption .credit')).toHaveText('Photo by Greta Green on Example Commons');
  await expect(page.locator('figcaption .license')).toHaveText('(CC BY 4.0)');
  await expect(page.getByRole('link', { name: 'Greta Green' })).toHaveAttribute('href', 'https://example.org/greta');

  // The index lists it at once, among the places, in no comparison yet.
  await page.goto('/figures');
  await expect(page.getByRole('region', { name: 'Places' }).getByRole('link', { name: `${word} (0)` })).toBeVisible();
});

test('[EDITOR][FIGURES] without JavaScript, a refused photo brings the form back with everything typed, and the next save creates the figure', async ({ browser }) => {
  const word = `Nojsplace ${randomUUID().slice(0, 6)}`;
  const signedIn = await signedInPage(browser, EDITOR);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  await page.goto('/admin/figures/new');
  await page.getByLabel('Name').fill(word);
  await page.getByLabel('Kind').selectOption('THING');
  await page.getByLabel('Short description').fill('Typed without JavaScript.');
  await page.getByLabel('Upload a photo').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await page.getByLabel('Alt text').fill('Kept alt text');
  await page.getByLabel('License').fill('CC0');

  const posted = (method: string) => (r: { url(): string; request(): { method(): string } }) => r.url().endsWith('/api/admin/figures') && r.request().method() === method;
  const [refused] = await Promise.all([page.waitForResponse(posted('POST')), page.getByRole('button', { name: 'Create figure' }).click()]);
  expect(refused.status()).toBe(400);
  await expect(page.getByLabel('Upload a photo')).toHaveAccessibleDescription(/This file is not a JPEG, PNG, WebP or AVIF image\./);
  await expect(page.getByLabel('Name')).toHaveValue(word);
  await expect(page.getByLabel('Kind')).toHaveValue('THING');
  await expect(page.getByLabel('Short description')).toHaveValue('Typed without JavaScript.');
  await expect(page.getByLabel('Alt text')).toHaveValue('Kept alt text');
  await expect(page.getByLabel('License')).toHaveValue('CC0');

  await page.getByRole('button', { name: 'Create figure' }).click();
  await expect(page).toHaveURL(/\/admin\/figures\/\d+\?saved=created$/);
  await expect(page.getByRole('status').filter({ hasText: 'Created.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(word);
  await context.close();
  await signedIn.context().close();
});

test('[EDITOR][FACTS] a corrected fact of Newton shows on /newton-vs-einstein at the next request', async ({ page }) => {
  const run = randomUUID().slice(0, 8);
  const value = `Trinity College, Cambridge (checked ${run})`;
  // Unique to this run, so that a retry finds its own save in the history.
  const note = `Checked against the college register (${run})`;
  // Render (and cache) the public page first, so the test sees the cache being refreshed.
  await page.goto('/newton-vs-einstein');
  const row = page.getByRole('row', { name: /^Education/ });
  await expect(row).not.toContainText(value);

  await signIn(page, EDITOR);
  await openFigure(page, 'Isaac Newton');
  await page.getByRole('link', { name: 'Edit Education' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Education of Isaac Newton');
  await expect(page).toHaveTitle('Education of Isaac Newton | Contrast admin');
  await expect(page.getByText(/^Used in \d+ published comparisons?/)).toBeVisible();
  await expect(page.getByRole('listitem').getByRole('link', { name: /Newton.+Einstein/ })).toBeVisible();

  await hydrated(page.getByLabel('Education'));
  await page.getByLabel('Education').fill(value);
  await page.getByLabel('Note for the history (optional)').fill(note);
  await page.getByRole('button', { name: 'Save fact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.goto('/newton-vs-einstein');
  await expect(page.getByRole('row', { name: /^Education/ })).toContainText(value);

  // The save is in the fact's history, by its author, with its note.
  await page.goto('/admin/figures');
  await openFigure(page, 'Isaac Newton');
  await page.getByRole('link', { name: 'Edit Education' }).click();
  await page.getByRole('link', { name: 'History of this fact' }).click();
  await expect(page).toHaveTitle('History of Education of Isaac Newton | Contrast admin');
  await expect(page.getByRole('row').filter({ hasText: note })).toContainText(EDITOR.name);
  await expect(page.locator('ins').filter({ hasText: run }).first()).toBeVisible();
});

test('[EDITOR][FACTS] text typed into a form before the page’s JavaScript has run is kept once it runs', async ({ page }) => {
  await signIn(page, EDITOR);
  await openFigure(page, 'Isaac Newton');
  const factPage = await page.getByRole('link', { name: 'Edit Education' }).getAttribute('href');

  // The page's scripts are held back until the text is typed: the server-rendered form is all there is.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(factPage!, { waitUntil: 'commit' });
  await expect(page.getByLabel('Education')).toBeVisible();
  const typed = `Typed before the scripts ran (${randomUUID().slice(0, 8)})`;
  await page.getByLabel('Education').fill(typed);
  await page.getByLabel('Note for the history (optional)').fill('Typed early too');

  release();
  await hydrated(page.getByLabel('Education'));
  await expect(page.getByLabel('Education')).toHaveValue(typed);
  await expect(page.getByLabel('Note for the history (optional)')).toHaveValue('Typed early too');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('[EDITOR][FIGURES] when two editors save the same figure, the second sees the conflict and keeps their input', async ({ browser }, testInfo) => {
  const slug = `conflict-${randomUUID().slice(0, 8)}`;
  const name = `Conflict Figure ${slug.slice(-8)}`;
  const db = await connectToE2eDatabase(testInfo);
  try {
    await db.query(`INSERT INTO figures (slug, name, kind, description, updated_at) VALUES ($1, $2, 'THING', 'The description both editors start from.', now())`, [slug, name]);
  } finally {
    await db.end();
  }

  const [first, second] = await Promise.all([signedInPage(browser, EDITOR), signedInPage(browser, ADMIN)]);
  await Promise.all([openFigure(first, name), openFigure(second, name)]);
  await expect(first).toHaveTitle(`Edit ${name} | Contrast admin`);

  await first.getByLabel('Short description').fill('The first editor’s description wins the race.');
  await first.getByRole('button', { name: 'Save figure' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const mine = 'The second editor’s careful rewrite, not to be lost.';
  await second.getByLabel('Short description').fill(mine);
  await second.getByRole('button', { name: 'Save figure' }).click();
  const conflict = second.getByRole('region', { name: 'Someone else saved this figure first' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${EDITOR.name} saved version 2`);
  await expect(conflict).toContainText('The first editor’s description wins the race.');
  await expect(second.getByLabel('Short description')).toHaveValue(mine);

  // Merged and saved again: the form now carries the first editor's version.
  await second.getByLabel('Short description').fill(`${mine} Merged.`);
  await second.getByRole('button', { name: 'Save figure' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(second.getByLabel('Short description')).toHaveValue(`${mine} Merged.`);

  // The first editor's page still says "Saved.": their next save, refused in turn, replaces that message.
  await first.getByLabel('Short description').fill('A late change by the first editor.');
  await first.getByRole('button', { name: 'Save figure' }).click();
  await expect(first.getByRole('region', { name: 'Someone else saved this figure first' })).toBeVisible();
  await expect(first.getByText('Saved. The public pages show it now.')).toHaveCount(0);

  // Both saves are in the history, word by word, and the page passes axe.
  await second.getByRole('link', { name: /^History/ }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(`History of ${name}`);
  await expect(second.getByRole('row', { name: /^3 \(current\)/ })).toContainText(ADMIN.name);
  await expect(second.getByRole('row', { name: /^2 / })).toContainText(EDITOR.name);
  await expect(second.getByRole('heading', { name: 'Changes from version 2 to version 3' })).toBeVisible();
  await expect(second.locator('ins').filter({ hasText: 'careful' }).first()).toBeVisible();
  expect(await axeViolations(second)).toEqual([]);
  await first.context().close();
  await second.context().close();
});

test('[EDITOR][FIGURES] an old version is restored after a confirmation, and an unused figure deleted after another', async ({ page }, testInfo) => {
  const slug = `restore-${randomUUID().slice(0, 8)}`;
  const name = `Restore Figure ${slug.slice(-8)}`;
  const db = await connectToE2eDatabase(testInfo);
  try {
    await db.query(`INSERT INTO figures (slug, name, kind, description, updated_at) VALUES ($1, $2, 'THING', 'The original description.', now())`, [slug, name]);
  } finally {
    await db.end();
  }
  await signIn(page, EDITOR);
  await openFigure(page, name);
  await page.getByLabel('Short description').fill('A worse description.');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('link', { name: /^History/ }).click();
  await page.getByRole('link', { name: 'Restore… version 1' }).click();
  await expect(page.getByRole('heading', { name: 'Restore version 1?' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored. Its content is now version 3' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 \(current\)/ })).toContainText('Restored version 1');

  await page.goto(`/figures/${slug}`);
  await expect(page.getByText('The original description.')).toBeVisible();

  await openFigure(page, name);
  await page.getByRole('link', { name: 'Delete…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Delete ${name}?`);
  await page.getByLabel(`Yes, delete “${name}” and its facts`).check();
  await page.getByRole('button', { name: 'Delete figure' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The figure “${slug}” was deleted.` })).toBeVisible();
  await page.goto(`/figures/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that figure');
});

test('[EDITOR][FIGURES] a figure used in a comparison cannot be deleted, and the page says where it is used', async ({ page }) => {
  await signIn(page, EDITOR);
  await openFigure(page, 'Isaac Newton');
  await page.getByRole('link', { name: 'Delete…' }).click();
  await expect(page.getByText('“Isaac Newton” cannot be deleted because it is used in a comparison.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '/newton-vs-einstein' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete figure' })).toHaveCount(0);
});

test('[EDITOR][FIGURES] the list reads repeated or malformed parameters without failing', async ({ page }) => {
  await signIn(page, EDITOR);
  // A repeated parameter counts by its last value; what cannot be read is left out.
  const response = await page.goto('/admin/figures?q=nothing&q=newton&kind=THING&kind=PERSON&page=abc&page=1&deleted=x&deleted=');
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel('Name')).toHaveValue('newton');
  await expect(page.getByLabel('Kind')).toHaveValue('PERSON');
  await expect(page.getByRole('link', { name: 'Isaac Newton', exact: true })).toBeVisible();
  await expect(page.getByText(/was deleted/)).toHaveCount(0);
});

test('[EDITOR][ACCESSIBILITY] the figures list, figure, fact and new-figure pages have no axe violations', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/admin/figures');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  expect(await axeViolations(page)).toEqual([]);

  await openFigure(page, 'Marie Curie');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Edit Born' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Born of Marie Curie');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/admin/figures/new');
  await page.getByRole('button', { name: 'Create figure' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
