import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { LENIN_VS_STALIN } from './support/content';
import { connectToE2eDatabase } from './support/database';

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

test('[READER][CATEGORIES] /categories leads to the list of categories on the home page', async ({ page }) => {
  await page.goto('/categories');
  await expect(page).toHaveURL(/\/#categories$/);
  await expect(page.getByRole('link', { name: new RegExp(`^${LENIN_VS_STALIN.category.name}`) })).toBeVisible();
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

test('[READER][FIGURES] /figures lists every person, place and thing, and each figure page leads back to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Every person, place and thing compared' }).click();
  await expect(page).toHaveURL(/\/figures$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every person, place and thing');
  await expect(page.getByRole('region', { name: 'People' }).getByRole('link', { name: /^Stalin \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Places' }).getByRole('link', { name: /^Kyoto / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Things' }).getByRole('link', { name: /^Tea / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'People' }).getByRole('link', { name: /^Kyoto / })).toHaveCount(0);

  await page.getByRole('link', { name: /^Stalin / }).click();
  await expect(page).toHaveURL(/\/figures\/stalin$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Figures' }).click();
  await expect(page).toHaveURL(/\/figures$/);

  // Nothing lies below a figure's page.
  expect((await page.goto('/figures/stalin/facts'))?.status()).toBe(404);
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

test('[READER][FIGURES] a figure without a photo gets a plain panel of the photo’s shape, on its page and beside a photo', async ({ page }, testInfo) => {
  const id = randomUUID().slice(0, 8);
  const figure = { slug: `unpictured-${id}`, name: `Unpictured ${id}` };
  const client = await connectToE2eDatabase(testInfo);
  try {
    await client.query(`INSERT INTO figures (slug, name, kind, description) VALUES ($1, $2, 'PERSON', 'A figure nobody has found a photo of yet.')`, [figure.slug, figure.name]);
  } finally {
    await client.end();
  }

  await page.goto(`/figures/${figure.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(figure.name);
  const panel = page.locator('.figure-placeholder');
  await expect(panel).toHaveText('U');
  await expect(panel).toHaveAttribute('aria-hidden', 'true');

  // Beside Lenin's photo (the automatic comparison), both sides are the same height.
  await page.goto(`/${figure.slug}-vs-lenin`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${figure.name} vs. Lenin`);
  const photo = page.getByRole('img', { name: /./ }).first();
  const [panelBox, photoBox] = [(await panel.boundingBox())!, (await photo.boundingBox())!];
  expect(Math.abs(panelBox.height - photoBox.height), 'height difference in px').toBeLessThanOrEqual(2);
});

test('[READER][COMPARISONS] a value’s report link sits on a line of its own, with or without a source link', async ({ page }) => {
  await page.goto(LENIN_VS_STALIN.path);
  const table = page.getByRole('table', { name: 'Lenin and Stalin compared' });
  // Years in Power has no source on either side; Birth Name has one.
  for (const label of ['Years in Power', 'Birth Name']) {
    const cell = table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').first();
    const link = cell.getByRole('link', { name: /^Report/ });
    const [cellBox, linkBox] = [(await cell.boundingBox())!, (await link.boundingBox())!];
    expect(linkBox.x - cellBox.x, `${label}: the link starts at the cell's left edge`).toBeLessThan(20);
  }
});
