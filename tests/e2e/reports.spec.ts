import { randomUUID } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import { createComparisonWithRemovableRow, removeRow } from './support/removable-row';
import { rowId } from './support/reports';

// Each reader gets an address of their own (the e2e server trusts one proxy hop), so the
// per-address limits of one test do not affect another.
async function reader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  return browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}, ${randomUUID()}` } });
}

test('[READER][REPORTS] reports a value inline, without leaving the page, and follows it by a private link', async ({ browser }) => {
  const context = await reader(browser);
  const page = await context.newPage();
  await page.goto('/paris-vs-london');
  await page.getByRole('link', { name: /Report an error in London: Population/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Report an inaccuracy' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You are reporting the row “Population” for London.');
  const suggestion = dialog.getByLabel('Suggested correction (optional)');
  await expect(suggestion).not.toHaveValue('');

  await dialog.getByLabel('What is wrong? (required)').fill('Too short');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog.getByText('Tell us what is wrong in at least 10 characters.')).toBeVisible();

  await dialog.getByLabel('What is wrong? (required)').fill('The 2021 census figure for Greater London is different.');
  await suggestion.fill('About 8.8 million (2021 census)');
  await dialog.getByLabel('Source link (optional)').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog.getByText('Give a web address starting with http:// or https://.')).toBeVisible();
  await dialog.getByLabel('Source link (optional)').fill('https://www.ons.gov.uk/');
  // A person takes a few seconds; the server refuses faster submissions as bots.
  await page.waitForTimeout(3000);
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog.getByText('Thank you.')).toBeVisible();
  await expect(page).toHaveURL(/\/paris-vs-london$/);

  const tracking = dialog.getByRole('link', { name: /\/reports\// });
  await tracking.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your report');
  await expect(page).toHaveTitle(/^Your report\b/);
  await expect(page.getByText('Waiting for an editor')).toBeVisible();
  await expect(page.getByText('the row “Population” (London)')).toBeVisible();
  // The link's token is case-sensitive: a capitalised /Reports/ keeps it as it is.
  const token = new URL(page.url()).pathname.split('/')[2]!;
  expect(token).toMatch(/[A-Z]/);
  const moved = await page.request.get(`/Reports/${token}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers().location!, page.url()).pathname).toBe(`/reports/${token}`);
  await context.close();
});

test('[READER][REPORTS] reports a section without JavaScript: plain form, kept text on error, then a thank-you page', async ({ browser }) => {
  const context = await reader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/paris-vs-london');
  await page.getByRole('link', { name: /Report an error in this section/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report an inaccuracy');

  const typed = 'The <b>section</b> says the Seine is longer than the Thames & it is, but by how much?';
  await page.getByLabel('What is wrong? (required)').fill(typed);
  await page.getByLabel('Your email (optional, only to tell you what we did)').fill('not-an-email');
  // A person takes a few seconds; the server refuses faster submissions as bots.
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText('Give a valid email address, or leave it empty.')).toBeVisible();
  await expect(page.getByLabel('What is wrong? (required)')).toHaveValue(typed);

  // Corrected and sent again at once: the time already spent on the form still counts.
  await page.getByLabel('Your email (optional, only to tell you what we did)').fill('reader@example.test');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+\?new=1$/);
  await expect(page.getByText('Thank you.')).toBeVisible();
  await expect(page.getByText(/the section “/)).toBeVisible();
  await context.close();
});

/** What a reader types into the report form, and the fields it goes in. */
const TYPED = {
  'What is wrong? (required)': 'The ink was iron gall, which only turns blue-black with age.',
  'Suggested correction (optional)': 'Iron gall (brown when fresh)',
  'Source link (optional)': 'https://example.org/inks',
  'Your email (optional, only to tell you what we did)': 'ink-reader@example.test',
};
const ROW_GONE = 'The row you were reporting on is no longer in this comparison';

test('[READER][REPORTS] without JavaScript, a report on a row removed meanwhile comes back for the whole comparison, with everything typed', async ({ browser }, testInfo) => {
  const compared = await createComparisonWithRemovableRow(testInfo);
  const context = await reader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/report/${compared.slug}?row=${compared.rowId}&side=A`);
  await expect(page.getByText(`You are reporting the row “${compared.label}” for ${compared.nameA} in`)).toBeVisible();
  for (const [label, value] of Object.entries(TYPED)) await page.getByLabel(label).fill(value);

  // An editor removes the row while the reader is still writing.
  await removeRow(testInfo, compared.rowId);
  // A person takes a few seconds; the server refuses faster submissions as bots.
  await page.waitForTimeout(3000);
  const refused = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/report/${compared.slug}/submit`);
  await page.getByRole('button', { name: 'Send report' }).click();
  expect((await refused).status()).toBe(409);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report an inaccuracy');
  await expect(page.getByRole('status').filter({ hasText: ROW_GONE })).toContainText('send it again to report on the comparison as a whole');
  await expect(page.getByText(`You are reporting this comparison in ${compared.title}`)).toBeVisible();
  for (const [label, value] of Object.entries(TYPED)) await expect(page.getByLabel(label)).toHaveValue(value);

  // Sent again as it stands: a report on the page as a whole.
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+\?new=1$/);
  await expect(page.getByText('Thank you.')).toBeVisible();
  await expect(page.getByText('the page as a whole')).toBeVisible();
  await context.close();
});

test('[READER][REPORTS] an old link to report a row removed since opens the form for the whole comparison, saying so', async ({ browser }, testInfo) => {
  const compared = await createComparisonWithRemovableRow(testInfo);
  await removeRow(testInfo, compared.rowId);
  const context = await reader(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/report/${compared.slug}?row=${compared.rowId}&side=A`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report an inaccuracy');
  await expect(page.getByRole('status').filter({ hasText: 'The row this link points to is no longer in this comparison.' })).toBeVisible();
  await expect(page.getByText(`You are reporting this comparison in ${compared.title}`)).toBeVisible();
  await context.close();
});

test('[READER][REPORTS] inline, a report on a row removed meanwhile keeps what was typed and is sent about the whole comparison', async ({ browser }, testInfo) => {
  const compared = await createComparisonWithRemovableRow(testInfo);
  const context = await reader(browser);
  const page = await context.newPage();
  await page.goto(`/${compared.slug}`);
  await page.getByRole('link', { name: `Report an error in ${compared.nameB}: ${compared.label}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Report an inaccuracy' });
  await expect(dialog).toContainText(`You are reporting the row “${compared.label}” for ${compared.nameB}.`);
  for (const [label, value] of Object.entries(TYPED)) await dialog.getByLabel(label).fill(value);

  await removeRow(testInfo, compared.rowId);
  await page.waitForTimeout(3000);
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: ROW_GONE })).toBeVisible();
  await expect(dialog).toContainText('You are reporting this comparison.');
  for (const [label, value] of Object.entries(TYPED)) await expect(dialog.getByLabel(label)).toHaveValue(value);

  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog.getByText('Thank you.')).toBeVisible();
  await dialog.getByRole('link', { name: /\/reports\// }).click();
  await expect(page.getByText('the page as a whole')).toBeVisible();
  await context.close();
});

test('[READER][REPORTS] closing the inline form keeps what was typed for when the same report is opened again', async ({ browser }) => {
  const context = await reader(browser);
  const page = await context.newPage();
  await page.goto('/paris-vs-london');
  const link = page.getByRole('link', { name: /Report an error in London: Population/ });
  const dialog = page.getByRole('dialog', { name: 'Report an inaccuracy' });
  await link.click();
  await dialog.getByLabel('What is wrong? (required)').fill('Typed, then the dialog was closed by mistake.');
  await dialog.getByLabel('Suggested correction (optional)').fill('8.9 million');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  await link.click();
  await expect(dialog.getByLabel('What is wrong? (required)')).toHaveValue('Typed, then the dialog was closed by mistake.');
  await expect(dialog.getByLabel('Suggested correction (optional)')).toHaveValue('8.9 million');
  await context.close();
});

test('[READER][REPORTS] the footer notice links to a report form for the whole page', async ({ page }) => {
  await page.goto('/paris-vs-london');
  const notice = page.getByRole('complementary', { name: 'Report an inaccuracy' });
  await expect(notice).toContainText('Comparisons may contain inaccurate information about people, places, or facts. Please report any issues.');
  await expect(notice.getByRole('link', { name: 'report' })).toHaveAttribute('href', '/report/paris-vs-london');
  // With JavaScript, it and each section's link open the form inline, saying what is reported.
  const dialog = page.getByRole('dialog', { name: 'Report an inaccuracy' });
  await notice.getByRole('link', { name: 'report' }).click();
  await expect(dialog).toContainText('You are reporting this comparison.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: /Report an error in this section/ }).first().click();
  await expect(dialog).toContainText(/You are reporting the section “.+”\./);
  await expect(page).toHaveURL('/paris-vs-london');
});

test('[READER][REPORTS] a refused submission without JavaScript answers 429 with when to retry', async ({ request }) => {
  const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  const formPage = await request.get('/report/tokyo-vs-kyoto', { headers: { 'x-forwarded-for': ip } });
  const token = /name="formToken" value="([^"]+)"/.exec(await formPage.text())![1]!;
  await new Promise((resolve) => setTimeout(resolve, 3100));
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const response = await request.post('/report/tokyo-vs-kyoto/submit', {
      headers: { 'x-forwarded-for': ip },
      form: { formToken: token, message: `Kyoto's population figure looks out of date (${i}).` },
      maxRedirects: 0,
    });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(response.headers()['retry-after']).toMatch(/^\d+$/);
      expect(await response.text()).toContain('Please try again in');
    }
  }
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429]);
});

test('[READER][REPORTS] without JavaScript, a long report in a non-Latin script is accepted, and a body over 64 KB gets the form back', async ({ request }) => {
  const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  const formPage = await request.get('/report/tokyo-vs-kyoto', { headers: { 'x-forwarded-for': ip } });
  const token = /name="formToken" value="([^"]+)"/.exec(await formPage.text())![1]!;
  await new Promise((resolve) => setTimeout(resolve, 3100));
  // 1,999 characters, sent as 9 bytes each by a plain form, and line breaks as CR LF (counted as one).
  const message = `${'京都の人口'.repeat(399)}\r\n京都`;
  const accepted = await request.post('/report/tokyo-vs-kyoto/submit', { headers: { 'x-forwarded-for': ip }, form: { formToken: token, message }, maxRedirects: 0 });
  expect(accepted.status()).toBe(303);
  expect(accepted.headers().location).toMatch(/^\/reports\/[A-Za-z0-9_-]+\?new=1$/);

  const refused = await request.post('/report/tokyo-vs-kyoto/submit', { headers: { 'x-forwarded-for': ip }, form: { message: 'x'.repeat(65 * 1024) } });
  expect(refused.status()).toBe(413);
  const page = await refused.text();
  expect(page).toContain('That report is too long to send.');
  expect(page).toContain('name="message"');
});

test('[READER][REPORTS] the report form is titled by its comparison, and an unknown comparison or tracking link as not found', async ({ request }) => {
  const titleOf = async (path: string) => {
    const response = await request.get(path);
    return { status: response.status(), title: /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] };
  };
  expect(await titleOf('/report/paris-vs-london')).toEqual({ status: 200, title: expect.stringMatching(/^Report an inaccuracy in Paris vs\. London\b/) });
  expect(await titleOf('/report/no-such-vs-thing')).toEqual({ status: 404, title: expect.stringMatching(/^Comparison not found\b/) });
  expect(await titleOf('/reports/no-such-token')).toEqual({ status: 404, title: expect.stringMatching(/^Report not found\b/) });
});

test('[READER][CORRECTIONS] the corrections page lists notices newest first', async ({ page }) => {
  await page.goto('/corrections');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
});

test('[READER][REPORTS] the report form follows a comparison to its address, and is never offered when it could not be sent', async ({ request }, testInfo) => {
  const row = await rowId(testInfo, 'paris-vs-london', 'Population');
  // The pair in the other order: the form at the comparison's own address, for the same row and side.
  const moved = await request.get(`/report/london-vs-paris?row=${row}&side=B`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toBe(`/report/paris-vs-london?row=${row}&side=B`);

  // A row and a section at once: no form that would refuse every attempt.
  const section = await (await request.get(`/report/paris-vs-london?row=${row}&section=1`)).text();
  expect(section).not.toContain('name="formToken"');
  expect(section).toContain('Search for what you wanted to report');

  // A side without a row: the form is about the whole page, and has no side to trip over.
  const sideOnly = await (await request.get('/report/paris-vs-london?side=A')).text();
  expect(sideOnly).toContain('name="formToken"');
  expect(sideOnly).not.toContain('name="side"');
});
