import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LENIN_VS_STALIN } from './support/content';
import { horizontalOverflow } from './support/html';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  { name: 'home page', path: '/', heading: "What's the difference?" },
  { name: 'comparison page', path: LENIN_VS_STALIN.path, heading: LENIN_VS_STALIN.title },
  { name: 'figure page', path: '/figures/lenin', heading: 'Lenin' },
  { name: 'index of figures', path: '/figures', heading: 'Every person, place and thing' },
  { name: 'search results', path: '/search?q=stalin', heading: 'Search results' },
];

async function axeViolations(page: Page) {
  const { violations: wcag } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // And landmarks a screen reader lists by name: two search regions need names that differ.
  const { violations: landmarks } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  const violations = [...wcag, ...landmarks];
  // Compact enough to read in a failure message: rule, impact, what it means and where.
  return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.describe('WCAG 2.2 AA', () => {
  for (const { name, path, heading } of PAGES) {
    test(`[READER][ACCESSIBILITY] the ${name} (${path}) has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('[READER][ACCESSIBILITY] the 404 page has no axe violations', async ({ page }) => {
    const response = await page.goto('/nobody-vs-nothing');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that comparison');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { name, path, heading } of PAGES) {
    test(`[READER][SMALL SCREENS] the ${name} (${path}) does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await horizontalOverflow(page), 'pixels of horizontal page scroll').toBeLessThanOrEqual(0);
    });
  }

  test('[READER][SMALL SCREENS] the attribute table fits the screen and every value is readable', async ({ page }) => {
    await page.goto(LENIN_VS_STALIN.path);
    const viewport = page.viewportSize()!;
    const table = page.getByRole('table', { name: 'Lenin and Stalin compared' });
    await expect(table).toBeVisible();

    const box = (await table.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'right edge of the table').toBeLessThanOrEqual(viewport.width);

    const cells = await table.getByRole('cell').all();
    expect(cells).toHaveLength(LENIN_VS_STALIN.rows.length * 2);
    for (const cell of cells) {
      const cellBox = (await cell.boundingBox())!;
      const text = (await cell.textContent())?.slice(0, 40);
      expect(cellBox.x, `left edge of "${text}"`).toBeGreaterThanOrEqual(0);
      expect(cellBox.x + cellBox.width, `right edge of "${text}"`).toBeLessThanOrEqual(viewport.width);
      // The value wraps inside its cell instead of spilling out of it.
      expect(await cell.evaluate((el) => el.scrollWidth - el.clientWidth), `overflow of "${text}"`).toBeLessThanOrEqual(0);
    }
    // Both values of a row sit side by side under the attribute's name.
    const row = table.getByRole('row', { name: /^Years in Power/ });
    await expect(row.getByRole('cell')).toContainText(['1917-1924', '1924-1953']);
  });
});

test('[READER][ACCESSIBILITY] the focus ring stands out at 3:1 or more, on the page and in the dark header', async ({ page }) => {
  await page.goto(LENIN_VS_STALIN.path);
  // Moves focus by keyboard, then reads the ring's colour and the background it is drawn on.
  const ringContrast = async (target: ReturnType<Page['getByRole']>) => {
    await target.focus();
    return target.evaluate((el) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const style = getComputedStyle(el);
      let parent: Element | null = el.parentElement;
      let background = [255, 255, 255];
      for (; parent; parent = parent.parentElement) {
        const value = rgb(getComputedStyle(parent).backgroundColor);
        if (value.length === 3 || (value.length === 4 && value[3]! > 0)) {
          background = value.slice(0, 3);
          break;
        }
      }
      const [a, b] = [luminance(rgb(style.outlineColor)), luminance(background)].sort((x, y) => y - x);
      return { style: style.outlineStyle, contrast: (a! + 0.05) / (b! + 0.05) };
    });
  };
  await page.keyboard.press('Tab');
  for (const target of [page.getByRole('link', { name: 'Lenin', exact: true }).first(), page.getByRole('banner').getByRole('link', { name: 'About' })]) {
    const ring = await ringContrast(target);
    expect(ring.style).toBe('solid');
    expect(ring.contrast).toBeGreaterThanOrEqual(3);
  }
});
