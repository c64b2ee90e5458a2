import type { Locator, Page } from '@playwright/test';

/** The `content` of a <meta name=…> or <meta property=…> tag in the document head, or null. */
export async function metaContent(page: Page, key: string): Promise<string | null> {
  const meta = page.locator(`head meta[name="${key}"], head meta[property="${key}"]`);
  if ((await meta.count()) === 0) return null;
  return meta.first().getAttribute('content');
}

export async function metaContents(page: Page, key: string): Promise<string[]> {
  const metas = await page.locator(`head meta[name="${key}"], head meta[property="${key}"]`).all();
  return Promise.all(metas.map(async (m) => (await m.getAttribute('content')) ?? ''));
}

type JsonLdNode = { '@type'?: string; [key: string]: unknown };

/** Every JSON-LD object on the page: each <script type="application/ld+json"> parsed, arrays flattened. */
export async function jsonLdNodes(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed: unknown = JSON.parse(text);
    return (Array.isArray(parsed) ? parsed : [parsed]) as JsonLdNode[];
  });
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Waits until React has hydrated the element. React 19 puts a textarea back to its server-rendered
 * text when it hydrates it (an input keeps what was typed), so text typed into a textarea before
 * then is lost: type only after this.
 */
export async function hydrated(locator: Locator): Promise<void> {
  await locator.evaluate((element) =>
    new Promise<void>((resolve) => {
      const check = () => (Object.keys(element).some((key) => key.startsWith('__reactFiber')) ? resolve() : setTimeout(check, 20));
      check();
    }),
  );
}
