import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { metaContent } from './support/html';
import { signIn } from './support/login';

// Admin pages render per request and the sign-in hashes a password: more than the default budgets.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** Saves a new slug from a freshly opened edit page, so the status seen is this save's. */
async function saveSlug(page: Page, editPage: string, slug: string): Promise<void> {
  await page.goto(editPage);
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.getByLabel('Slug').fill(slug);
  await page.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. The public pages show it now.');
}

test('[EDITOR][CATEGORIES] create a category, rename it (its old address redirects) and delete it', async ({ page, browser }) => {
  const id = randomUUID().slice(0, 6);
  const reader = await (await browser.newContext()).newPage();
  await signIn(page, EDITOR);

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Categories' }).click();
  await page.getByRole('link', { name: 'New category' }).click();
  await page.getByLabel('Name').fill(`Testcat ${id}`);
  await page.getByLabel('Description (optional)').fill('Made by an end-to-end test.');
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Created\./);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Testcat ${id}`);
  await expect(page.getByLabel('Slug')).toHaveValue(`testcat-${id}`);

  await reader.goto(`/categories/testcat-${id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Testcat ${id}`);
  await expect(reader.getByText('Made by an end-to-end test.')).toBeVisible();
  // Nothing is published in it yet: kept off the home page's list, out of search engines and out of the sitemap.
  expect(await metaContent(reader, 'robots')).toMatch(/noindex/);
  expect(await (await reader.request.get('/sitemap.xml')).text()).not.toContain(`/categories/testcat-${id}<`);
  await reader.goto('/');
  await expect(reader.getByRole('region', { name: 'Categories' }).getByRole('link', { name: /^History & Politics/ })).toBeVisible();
  await expect(reader.getByRole('link', { name: new RegExp(`Testcat ${id}`) })).toHaveCount(0);
  await reader.goto('/categories/history-politics');
  expect(await metaContent(reader, 'robots')).toBeNull();
  await reader.goto(`/categories/testcat-${id}`);

  await page.getByLabel('Name').fill(`Renamed ${id}`);
  await page.getByLabel('Slug').fill(`renamed-${id}`);
  await page.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. The public pages show it now.');

  const response = await reader.goto(`/categories/testcat-${id}`);
  expect(response?.status()).toBe(200);
  await expect(reader).toHaveURL(new RegExp(`/categories/renamed-${id}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Renamed ${id}`);

  // Renamed back: the server's cached redirect from the first address is gone, and the second
  // address redirects to it. The reader's browser followed the first redirect, and is not sent
  // round in a loop: a redirect tells browsers to ask again each time (max-age=0), so they keep
  // none of their own (lib/http/redirect-freshness.ts).
  const editPage = page.url().replace(/\?.*$/, '');
  await saveSlug(page, editPage, `testcat-${id}`);
  const back = await reader.goto(`/categories/testcat-${id}`);
  expect(back?.status()).toBe(200);
  await expect(reader).toHaveURL(new RegExp(`/categories/testcat-${id}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Renamed ${id}`);
  const moved = await reader.request.get(`/categories/renamed-${id}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toBe(`/categories/testcat-${id}`);
  expect(moved.headers()['cache-control']).toBe('max-age=0, s-maxage=31536000');
  // And renamed again: the same browser follows the first address to the second once more.
  await saveSlug(page, editPage, `renamed-${id}`);
  expect((await reader.goto(`/categories/testcat-${id}`))?.status()).toBe(200);
  await expect(reader).toHaveURL(new RegExp(`/categories/renamed-${id}$`));

  // Nothing is filed under it, so it can go, once the box is ticked.
  await expect(page.getByLabel(`Yes, delete “Renamed ${id}”`)).toHaveAttribute('required', '');
  await page.getByLabel(`Yes, delete “Renamed ${id}”`).check();
  await page.getByRole('button', { name: 'Delete category' }).click();
  await expect(page.getByRole('status')).toHaveText(`The category “Renamed ${id}” was deleted.`);
  expect((await reader.goto(`/categories/renamed-${id}`))?.status()).toBe(404);
});

test('[EDITOR][CATEGORIES] without JavaScript, a save refused for a conflict shows the conflict and keeps what was typed', async ({ browser }) => {
  const id = randomUUID().slice(0, 6);
  const open = async (account: { email: string; password: string }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(page, account);
    return page;
  };
  const first = await open(EDITOR);
  const second = await open(ADMIN);

  await first.goto('/admin/categories/new');
  await first.getByLabel('Name').fill(`Conflicted ${id}`);
  await first.getByRole('button', { name: 'Create category' }).click();
  await expect(first.getByRole('status')).toHaveText(/^Created\./);
  const editPage = first.url().replace(/\?.*$/, '');
  await second.goto(editPage);

  await first.getByLabel('Description (optional)').fill('Saved first, by the editor.');
  await first.getByRole('button', { name: 'Save category' }).click();
  await expect(first.getByRole('status')).toHaveText('Saved. The public pages show it now.');

  // The second editor opened the page before that save: theirs is refused, and nothing they typed is lost.
  await second.getByLabel('Description (optional)').fill('Typed second, by the admin.');
  await second.getByRole('button', { name: 'Save category' }).click();
  await expect(second.getByRole('heading', { name: 'Someone else saved this category first' })).toBeVisible();
  await expect(second.getByLabel('Description (optional)')).toHaveValue('Typed second, by the admin.');
  await expect(second.getByRole('region', { name: 'Someone else saved this category first' })).toContainText('Saved first, by the editor.');

  // Saved again after reading theirs: accepted.
  await second.getByRole('button', { name: 'Save category' }).click();
  await expect(second.getByRole('heading', { name: 'Someone else saved this category first' })).toHaveCount(0);
  await expect(second.getByLabel('Description (optional)')).toHaveValue('Typed second, by the admin.');

  // The first editor's page still says "Saved.": their next save, refused in turn, replaces that message.
  await first.getByLabel('Description (optional)').fill('A late change by the editor.');
  await first.getByRole('button', { name: 'Save category' }).click();
  await expect(first.getByRole('heading', { name: 'Someone else saved this category first' })).toBeVisible();
  await expect(first.getByText('Saved. The public pages show it now.')).toHaveCount(0);
  await second.getByLabel(`Yes, delete “Conflicted ${id}”`).check();
  await second.getByRole('button', { name: 'Delete category' }).click();
  await expect(second.getByText(`The category “Conflicted ${id}” was deleted.`)).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test('[EDITOR][CATEGORIES] a "was deleted" notice in an address names only what no longer exists', async ({ page }) => {
  await signIn(page, EDITOR);
  // Still there: a link cannot announce their deletion.
  await page.goto(`/admin/categories?${new URLSearchParams({ deleted: 'History & Politics' })}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categories');
  await expect(page.getByText('was deleted')).toHaveCount(0);
  await page.goto('/admin/figures?deleted=lenin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  await expect(page.getByText('was deleted')).toHaveCount(0);
  // Gone (as the delete actions leave it): the notice shows.
  const gone = randomUUID().slice(0, 6);
  await page.goto(`/admin/categories?deleted=${encodeURIComponent(`Gone ${gone}`)}`);
  await expect(page.getByText(`The category “Gone ${gone}” was deleted.`)).toBeVisible();
  await page.goto(`/admin/figures?deleted=gone-${gone}`);
  await expect(page.getByText(`The figure “gone-${gone}” was deleted.`)).toBeVisible();
});
