import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { createDraftComparison } from './support/comparison-drafts';
import { signIn } from './support/login';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function signedIn(browser: Browser, account: { email: string; password: string }, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

function rowLabels(page: Page) {
  return page.getByRole('group', { name: 'Table rows' }).getByRole('listitem').locator('span').first();
}

async function addRow(page: Page, label: string) {
  await page.getByLabel('Attribute to add').selectOption({ label });
  await page.getByRole('button', { name: 'Add row' }).click();
  await expect(page.getByRole('group', { name: 'Table rows' }).getByRole('listitem').filter({ hasText: label })).toHaveCount(1);
}

test('[EDITOR][COMPARISONS] creating a comparison, adding rows and a section, publishing it and reading it on the site', async ({ page }) => {
  test.setTimeout(150_000);
  // Pages readers saw before the comparison existed are cached; publishing must refresh them.
  await page.goto('/edison-vs-einstein');
  await expect(page.getByText('Automatic comparison.')).toBeVisible();
  await page.goto('/figures/einstein');
  const einsteinComparisons = page.getByRole('region', { name: /^Comparisons with/ });
  await expect(einsteinComparisons.getByRole('link', { name: 'Thomas Edison vs. Albert Einstein' })).toHaveCount(0);
  // Search results are kept for the next reader who asks the same query (lib/search/page.ts).
  await page.goto('/search?q=edison+einstein');
  const searchHit = page.getByRole('main').getByRole('link', { name: 'Thomas Edison vs. Albert Einstein' });
  await expect(searchHit).toHaveCount(0);

  await signIn(page, EDITOR);
  await page.goto('/admin/comparisons');
  await page.getByRole('link', { name: 'New comparison' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New comparison');

  // Refused in the browser, with the server's message, before anything is sent.
  await page.getByLabel('Figure A (left)').selectOption({ label: 'Thomas Edison (person, edison)' });
  await page.getByLabel('Figure B (right)').selectOption({ label: 'Thomas Edison (person, edison)' });
  await page.getByRole('button', { name: 'Create comparison' }).click();
  await expect(page.getByText('Choose two different figures: a figure cannot be compared with itself.')).toBeVisible();

  await page.getByLabel('Figure B (right)').selectOption({ label: 'Albert Einstein (person, einstein)' });
  await page.getByRole('button', { name: 'Create comparison' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thomas Edison vs. Albert Einstein');
  await expect(page.getByRole('status').filter({ hasText: 'Created as a draft.' })).toBeVisible();
  const editUrl = page.url();

  await page.getByLabel('Summary').fill('Edison built working systems by trial; Einstein rebuilt physics on paper.');
  await addRow(page, 'Born');
  await addRow(page, 'Known For');
  await addRow(page, 'Patents');
  // A side with no fact for the attribute is flagged before anyone publishes an empty cell.
  await expect(page.getByRole('listitem').filter({ hasText: 'Patents' })).toContainText('No value for Albert Einstein');
  await page.getByRole('button', { name: 'Move up row: Known For' }).click();
  await expect(rowLabels(page)).toHaveText('Known For');

  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(page.getByLabel('Heading')).toBeFocused();
  await page.getByLabel('Heading').fill('Methods');
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill('Edison **tested** thousands of filaments.\n\nEinstein ran thought experiments.');
  await page.getByRole('button', { name: 'Preview Markdown' }).click();
  await expect(page.getByRole('region', { name: 'Preview of section 1' }).locator('strong')).toHaveText('tested');
  await page.getByRole('checkbox', { name: 'Science & Invention' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published: the page is live at /edison-vs-einstein.' })).toBeVisible();

  await page.goto('/edison-vs-einstein');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thomas Edison vs. Albert Einstein');
  await expect(page.getByText('Edison built working systems by trial; Einstein rebuilt physics on paper.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Thomas Edison and Albert Einstein compared' });
  await expect(table.getByRole('rowheader')).toHaveText(['Known For', 'Born', 'Patents']);
  await expect(page.getByRole('heading', { name: 'Methods' })).toBeVisible();
  // The reversed pair leads to the same page; figure and category pages list it at once.
  await page.goto('/einstein-vs-edison');
  await expect(page).toHaveURL(/\/edison-vs-einstein$/);
  await page.goto('/figures/einstein');
  await expect(einsteinComparisons.getByRole('link', { name: 'Thomas Edison vs. Albert Einstein' })).toBeVisible();
  await page.goto('/categories/science-invention');
  await expect(page.getByRole('main').getByRole('link', { name: 'Thomas Edison vs. Albert Einstein' })).toBeVisible();
  await page.goto('/search?q=edison+einstein');
  await expect(searchHit).toBeVisible();

  // A later save shows on the next request of the public page.
  await page.goto(editUrl);
  await page.getByLabel('Summary').fill('Edison improved what existed; Einstein questioned what everyone assumed.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 4.' })).toBeVisible();
  await page.goto('/edison-vs-einstein');
  await expect(page.getByText('Edison improved what existed; Einstein questioned what everyone assumed.')).toBeVisible();

  // The pair exists once, in either order: asking again points to the existing comparison.
  await page.goto('/admin/comparisons/new');
  await page.getByLabel('Figure A (left)').selectOption({ label: 'Albert Einstein (person, einstein)' });
  await page.getByLabel('Figure B (right)').selectOption({ label: 'Thomas Edison (person, edison)' });
  await page.getByRole('button', { name: 'Create comparison' }).click();
  await expect(page.getByRole('status')).toContainText('Albert Einstein and Thomas Edison are already compared in “Thomas Edison vs. Albert Einstein”.');
  await page.getByRole('link', { name: 'Edit “Thomas Edison vs. Albert Einstein”' }).click();
  await expect(page).toHaveURL(editUrl.replace(/\?.*$/, ''));
});

test('[ADMIN][EDITOR][COMPARISONS] two people saving the same comparison: the second sees the conflict, keeps their input and merges', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const draft = await createDraftComparison(testInfo, { summary: 'The summary both loaded.' });
  const admin = await signedIn(browser, ADMIN);
  const editor = await signedIn(browser, EDITOR);
  for (const { page } of [admin, editor]) {
    await page.goto(`/admin/comparisons/${draft.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  }

  await admin.page.getByLabel('Summary').fill('The admin rewrote the summary first.');
  await admin.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(admin.page.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();

  await editor.page.getByLabel('Title').fill('A title only the editor typed');
  await editor.page.getByLabel('Summary').fill('The editor’s own summary.');
  await editor.page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = editor.page.getByRole('region', { name: `Not saved: ${ADMIN.name} saved a newer version` });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Their version');
  await expect(conflict).toContainText('The admin rewrote the summary first.');
  // Nothing the editor typed is lost.
  await expect(editor.page.getByLabel('Summary')).toHaveValue('The editor’s own summary.');
  await expect(editor.page.getByLabel('Title')).toHaveValue('A title only the editor typed');

  // Merging and saving again goes through, on top of the admin's version.
  await editor.page.getByLabel('Summary').fill('The admin rewrote the summary first, and the editor added this.');
  await editor.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Saved as version 3.' })).toBeVisible();
  await expect(editor.page.getByLabel('Summary')).toHaveValue('The admin rewrote the summary first, and the editor added this.');

  // The history has both saves; any two versions compare word by word; restoring adds a version.
  await editor.page.getByRole('link', { name: 'History' }).click();
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText(`History: A title only the editor typed`);
  await expect(editor.page).toHaveTitle('History of A title only the editor typed | Contrast admin');
  await expect(editor.page.getByRole('table').getByRole('row')).toHaveCount(4);
  await expect(editor.page.getByRole('row').filter({ hasText: ADMIN.name })).toContainText('2');
  await editor.page.getByLabel('From', { exact: true }).selectOption('1');
  await editor.page.getByLabel('To', { exact: true }).selectOption('2');
  await editor.page.getByRole('button', { name: 'Compare' }).click();
  const summaryDiff = editor.page.locator('.field-diff').filter({ has: editor.page.getByRole('heading', { name: 'Summary' }) });
  await expect(summaryDiff.locator('del').filter({ hasText: 'loaded' })).toHaveCount(1);
  await expect(summaryDiff.locator('ins').filter({ hasText: 'rewrote' })).toHaveCount(1);

  await editor.page.getByRole('link', { name: /^Restore version 2\b/ }).click();
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText(`Version 2 of A title only the editor typed`);
  await expect(editor.page).toHaveTitle('Version 2 of A title only the editor typed | Contrast admin');
  await editor.page.getByRole('button', { name: 'Restore version 2' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Version 2 was restored as version 4.' })).toBeVisible();
  await expect(editor.page.getByRole('table').getByRole('row')).toHaveCount(5);
  // A version the comparison never had is not found, in the tab too.
  expect((await editor.page.goto(`/admin/comparisons/${draft.id}/history/99`))?.status()).toBe(404);
  await expect(editor.page).toHaveTitle('Not found | Contrast admin');
  await admin.context.close();
  await editor.context.close();
});

test('[ADMIN][EDITOR][COMPARISONS] the preview shows an admin a draft as the site will; an editor is denied', async ({ browser }, testInfo) => {
  const draft = await createDraftComparison(testInfo, { summary: 'Only admins may preview this draft.' });
  const admin = await signedIn(browser, ADMIN);
  await admin.page.goto(`/admin/comparisons/${draft.id}/preview`);
  await expect(admin.page.getByRole('note', { name: 'Preview notice' })).toContainText('Preview');
  await expect(admin.page.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  await expect(admin.page).toHaveTitle(`Preview of ${draft.title} | Contrast admin`);
  await expect(admin.page.getByText('Only admins may preview this draft.')).toBeVisible();
  await expect(admin.page.getByRole('heading', { name: 'Further Detail' })).toBeVisible();
  // An id that names nothing says so in the tab too.
  expect((await admin.page.goto('/admin/comparisons/999999/preview'))?.status()).toBe(404);
  await expect(admin.page).toHaveTitle('Not found | Contrast admin');
  // Readers still cannot see it.
  expect((await admin.page.goto(`/${draft.slug}`))?.status()).toBe(404);

  const editor = await signedIn(browser, EDITOR);
  await editor.page.goto(`/admin/comparisons/${draft.id}/preview`);
  await expect(editor.page).toHaveURL(/\/admin\/denied$/);
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  await admin.context.close();
  await editor.context.close();
});

test('[EDITOR][COMPARISONS] editing, previewing and archiving work without JavaScript', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const draft = await createDraftComparison(testInfo);
  const { context, page } = await signedIn(browser, EDITOR, { javaScriptEnabled: false });
  await page.goto(`/admin/comparisons/${draft.id}`);
  await page.getByLabel('Summary').fill('Typed without JavaScript.');
  await page.getByLabel('Attribute to add').selectOption({ label: 'Born' });
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Attribute to add').selectOption({ label: 'Died' });
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByRole('button', { name: 'Move up row: Died' }).click();
  await expect(rowLabels(page)).toHaveText('Died');
  await expect(page.getByLabel('Summary')).toHaveValue('Typed without JavaScript.');
  await page.getByLabel('Introduction').fill('Some *emphasis* here.');
  await page.getByRole('button', { name: 'Preview Markdown' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the introduction' }).locator('em')).toHaveText('emphasis');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await expect(rowLabels(page)).toHaveText('Died');

  // Taking a page away asks first, on the page itself.
  await page.getByRole('link', { name: 'Archive…' }).click();
  await expect(page.getByText('Archive this comparison?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, archive' }).click();
  await expect(page.getByText('Archived: the page is no longer on the site.')).toBeVisible();
  await page.goto('/admin/comparisons?status=ARCHIVED');
  await expect(page.getByRole('link', { name: draft.title, exact: true })).toBeVisible();
  await context.close();
});

test.describe('WCAG 2.2 AA', () => {
  test('[EDITOR][ACCESSIBILITY] the comparison list, new, edit and history pages have no axe violations', async ({ page }, testInfo) => {
    // Six axe scans of large forms: 57 s on a slow machine (a clean-clone run of 2026-11-28).
    test.setTimeout(150_000);
    const draft = await createDraftComparison(testInfo);
    await signIn(page, EDITOR);
    for (const [path, heading] of [
      ['/admin/comparisons', 'Comparisons'],
      ['/admin/comparisons?status=DRAFT&q=quill', 'Comparisons'],
      ['/admin/comparisons/new', 'New comparison'],
      [`/admin/comparisons/${draft.id}`, draft.title],
      [`/admin/comparisons/${draft.id}/history`, `History: ${draft.title}`],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // The edit page with rows, a section, a preview and inline errors.
    await page.goto(`/admin/comparisons/${draft.id}`);
    await addRow(page, 'Born');
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByRole('button', { name: 'Preview Markdown' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Give the section a heading.')).toBeVisible();
    expect(await axeViolations(page), 'edit page with errors').toEqual([]);
  });
});
