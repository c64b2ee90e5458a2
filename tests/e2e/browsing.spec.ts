import { expect, test } from '@playwright/test';
import { LENIN_VS_STALIN } from './support/content';

test('[READER][CATEGORIES] a category page lists its comparisons', async ({ page }) => {
  const response = await page.goto(LENIN_VS_STALIN.category.path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.category.name);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();

  const comparisons = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(comparisons.filter({ hasText: LENIN_VS_STALIN.title })).toHaveCount(1);
  await expect(comparisons.filter({ hasText: 'Trotsky vs. Stalin' })).toHaveCount(1);
  // Only this category: a comparison filed elsewhere is not listed.
  await expect(comparisons.filter({ hasText: 'Coffee vs. Tea' })).toHaveCount(0);

  await page.getByRole('link', { name: LENIN_VS_STALIN.title }).click();
  await expect(page).toHaveURL(/\/lenin-vs-stalin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.title);
});

test('[READER][CATEGORIES] the home page links to each category', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`^${LENIN_VS_STALIN.category.name}`) }).click();
  await expect(page).toHaveURL(/\/categories\/history-politics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LENIN_VS_STALIN.category.name);
});

test('[READER][FIGURES] a figure page lists its comparisons', async ({ page }) => {
  const response = await page.goto('/figures/stalin');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stalin');

  const comparisons = page.getByRole('region', { name: 'Comparisons with Stalin' });
  await expect(comparisons.getByRole('link', { name: LENIN_VS_STALIN.title })).toBeVisible();
  await expect(comparisons.getByRole('link', { name: 'Trotsky vs. Stalin' })).toBeVisible();
  await expect(comparisons.getByRole('link', { name: 'Paris vs. London' })).toHaveCount(0);

  await comparisons.getByRole('link', { name: 'Trotsky vs. Stalin' }).click();
  await expect(page).toHaveURL(/\/trotsky-vs-stalin$/);
});

test('[READER][FIGURES] a figure page shows its facts with links to their sources', async ({ page }) => {
  await page.goto('/figures/stalin');
  await expect(page.getByRole('heading', { name: 'Facts', exact: true })).toBeVisible();

  const facts = page.getByRole('definition');
  const birthName = facts.filter({ hasText: 'Joseph Vissarionovich Dzhugashvili' });
  await expect(birthName).toHaveCount(1);
  await expect(page.getByRole('term').filter({ hasText: 'Birth Name' })).toBeVisible();

  const source = page.getByRole('link', { name: 'Source for Birth Name' });
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Joseph_Stalin');
  await expect(birthName.getByRole('link', { name: 'Source for Birth Name' })).toHaveCount(1);

  await expect(facts.filter({ hasText: '1924-1953' })).toHaveCount(1);
  expect(await page.getByRole('link', { name: /^Source for / }).count()).toBeGreaterThanOrEqual(5);
  // A fact without a source says so rather than pretending.
  await expect(facts.filter({ hasText: 'General Secretary of the Communist Party (1922-1952)' })).toContainText('No source recorded');
});
