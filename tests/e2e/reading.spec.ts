import { expect, test } from '@playwright/test';

const ROWS = [
  'Birth Name',
  'Years in Power',
  'Role in Russian Revolution',
  'Political Ideology',
  'Economic Policies',
  'Foreign Policy',
  'Personality Cult',
  'Political Repression',
  'Legacy',
];

test('[READER][COMPARISONS] home, then search, then the Lenin vs. Stalin page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What's the difference?");
  await page.getByRole('searchbox', { name: 'Search all comparisons and figures' }).fill('stalin');
  await page.getByRole('searchbox', { name: 'Search all comparisons and figures' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=stalin/);
  await page.getByRole('link', { name: 'Lenin vs. Stalin' }).click();

  await expect(page).toHaveURL(/\/lenin-vs-stalin$/);
  await expect(page).toHaveTitle("Lenin vs. Stalin - What's the Difference?");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lenin vs. Stalin');
  await expect(page.getByText("What's the Difference?", { exact: true })).toBeVisible();

  const credits = page.locator('figcaption .credit');
  await expect(credits).toHaveCount(2);
  for (const credit of await credits.all()) {
    await expect(credit).toHaveText('Photo by Contrast Studio on Contrast Demo Library');
    await expect(credit.getByRole('link')).toHaveCount(2);
  }

  const table = page.getByRole('table', { name: 'Lenin and Stalin compared' });
  await expect(table.getByRole('columnheader')).toHaveText(['Attribute', 'Lenin', 'Stalin']);
  await expect(table.getByRole('rowheader')).toHaveText(ROWS);
  await expect(table.getByRole('row', { name: /Years in Power/ })).toContainText('1924-1953');

  for (const heading of ['Further Detail', 'Leadership Style', 'Economic Policies', 'Impact on the Soviet Union', 'Conclusion']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Comparisons may contain inaccurate information about people, places, or facts.')).toBeVisible();
});
