import { describe as group, expect, it } from 'vitest';
import type { ComparisonPage } from '@/lib/db/comparisons';
import type { FigureSide } from '@/lib/db/figure-side';

// lib/site reads SITE_URL once, when it is first imported: set it before loading the module under test.
const SITE = 'https://contrast.example';
process.env.SITE_URL = `${SITE}/`;
const { comparisonJsonLd, comparisonMetadata, describe, pageTitle } = await import('@/lib/seo/comparison');
const { figureJsonLd, figureMetadata } = await import('@/lib/seo/figure');

type ArticleLd = Record<string, unknown> & {
  url: string;
  image: string[];
  description: string;
  datePublished: string;
  author: { url: string };
  publisher: { url: string };
};
type BreadcrumbsLd = Record<string, unknown> & { itemListElement: { position: number; name: string; item: string }[] };

/** The two JSON-LD documents, typed for the assertions below. */
function jsonLd(p: ComparisonPage): [ArticleLd, BreadcrumbsLd] {
  const documents = comparisonJsonLd(p);
  expect(documents).toHaveLength(2);
  return documents as unknown as [ArticleLd, BreadcrumbsLd];
}

function side(overrides: Partial<FigureSide> & Pick<FigureSide, 'id' | 'slug' | 'name'>): FigureSide {
  return { kind: 'PERSON', description: `About ${overrides.name}.`, photo: null, ...overrides };
}

const LONG_SUMMARY =
  'Vladimir Lenin led the Bolsheviks to power in 1917 and founded the Soviet state, while Joseph Stalin, his successor, ' +
  'turned it into a centralized dictatorship through forced industrialization, collectivization and the Great Terror.';

function page(overrides: Partial<ComparisonPage> = {}): ComparisonPage {
  return {
    id: 7,
    slug: 'lenin-vs-stalin',
    title: 'Lenin vs. Stalin',
    summary: LONG_SUMMARY,
    introduction: 'Intro.',
    conclusion: 'Conclusion.',
    status: 'PUBLISHED',
    publishedAt: new Date('2026-10-04T09:00:00Z'),
    updatedAt: new Date('2026-11-02T12:30:00Z'),
    figureA: side({
      id: 1,
      slug: 'lenin',
      name: 'Vladimir Lenin',
      photo: { hash: 'a'.repeat(64), width: 1280, height: 960, alt: 'Lenin', creditName: 'Studio', creditUrl: null, sourceName: null, sourceUrl: null, license: 'CC0' },
    }),
    figureB: side({
      id: 2,
      slug: 'stalin',
      name: 'Joseph Stalin',
      photo: { hash: 'b'.repeat(64), width: 800, height: 1000, alt: 'Stalin', creditName: 'Studio', creditUrl: null, sourceName: null, sourceUrl: null, license: 'CC0' },
    }),
    rows: [],
    sections: [],
    categories: [{ id: 3, slug: 'history', name: 'History' }],
    corrections: [],
    ...overrides,
  };
}

group('page titles', () => {
  it('reads "A vs. B - What\'s the Difference?"', () => {
    expect(pageTitle('Lenin vs. Stalin')).toBe("Lenin vs. Stalin - What's the Difference?");
  });

  it('uses the absolute title so the layout template does not add the site name twice', () => {
    expect(comparisonMetadata(page()).title).toEqual({ absolute: "Lenin vs. Stalin - What's the Difference?" });
  });
});

group('descriptions', () => {
  it('keeps a short text whole, with its whitespace collapsed', () => {
    expect(describe('  Two   figures,\n compared. ')).toBe('Two figures, compared.');
  });

  it('cuts a long text at a word boundary, within the limit, and marks the cut', () => {
    const text = describe(LONG_SUMMARY, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(LONG_SUMMARY.startsWith(kept)).toBe(true);
    // The next character of the original is a space: no word was cut in half.
    expect(LONG_SUMMARY[kept.length]).toBe(' ');
    expect(kept.length).toBeGreaterThan(80);
  });

  it('limits the meta description to 160 characters', () => {
    const { description } = comparisonMetadata(page());
    expect(LONG_SUMMARY.length).toBeGreaterThan(160);
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(description!.endsWith('…')).toBe(true);
  });
});

group('comparison metadata', () => {
  it('points the canonical link and Open Graph URL at the comparison slug', () => {
    const metadata = comparisonMetadata(page());
    expect(metadata.alternates?.canonical).toBe('/lenin-vs-stalin');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/lenin-vs-stalin',
      title: "Lenin vs. Stalin - What's the Difference?",
      publishedTime: '2026-10-04T09:00:00.000Z',
      modifiedTime: '2026-11-02T12:30:00.000Z',
    });
  });

  it('shares both photos at their largest served width, as absolute URLs', () => {
    const metadata = comparisonMetadata(page());
    const images = (metadata.openGraph as { images: { url: string; width: number; height: number; alt: string }[] }).images;
    expect(images).toEqual([
      { url: `${SITE}/api/media/${'a'.repeat(64)}/1280.webp`, width: 1280, height: 960, alt: 'Lenin' },
      { url: `${SITE}/api/media/${'b'.repeat(64)}/800.webp`, width: 800, height: 1000, alt: 'Stalin' },
    ]);
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: images.map((i) => i.url) });
  });

  it('shares no image for figures without a photo', () => {
    const metadata = comparisonMetadata(page({ figureA: side({ id: 1, slug: 'x', name: 'X' }), figureB: side({ id: 2, slug: 'y', name: 'Y' }) }));
    expect((metadata.openGraph as { images: unknown[] }).images).toEqual([]);
  });
});

group('comparison JSON-LD', () => {
  it('describes the page as an Article with absolute URLs', () => {
    const [article] = jsonLd(page());
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: "Lenin vs. Stalin - What's the Difference?",
      url: `${SITE}/lenin-vs-stalin`,
      mainEntityOfPage: `${SITE}/lenin-vs-stalin`,
      datePublished: '2026-10-04T09:00:00.000Z',
      dateModified: '2026-11-02T12:30:00.000Z',
      about: [
        { '@type': 'Thing', name: 'Vladimir Lenin' },
        { '@type': 'Thing', name: 'Joseph Stalin' },
      ],
    });
    expect(article.image).toEqual([`${SITE}/api/media/${'a'.repeat(64)}/1280.webp`, `${SITE}/api/media/${'b'.repeat(64)}/800.webp`]);
    for (const url of [article.url, article.author.url, article.publisher.url, ...article.image]) {
      expect(new URL(url).origin).toBe(SITE);
    }
    expect(article.description.length).toBeLessThanOrEqual(300);
  });

  it('dates an unpublished preview by its last change', () => {
    const [article] = jsonLd(page({ status: 'DRAFT', publishedAt: null }));
    expect(article.datePublished).toBe('2026-11-02T12:30:00.000Z');
  });

  it('builds breadcrumbs Home > first category > page, numbered from 1', () => {
    const [, breadcrumbs] = jsonLd(page());
    expect(breadcrumbs).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
        { '@type': 'ListItem', position: 2, name: 'History', item: `${SITE}/categories/history` },
        { '@type': 'ListItem', position: 3, name: 'Lenin vs. Stalin', item: `${SITE}/lenin-vs-stalin` },
      ],
    });
  });

  it('skips the category crumb when the comparison has none', () => {
    const [, breadcrumbs] = jsonLd(page({ categories: [] }));
    expect(breadcrumbs.itemListElement.map((c) => [c.position, c.name])).toEqual([
      [1, 'Home'],
      [2, 'Lenin vs. Stalin'],
    ]);
  });
});

group('figure pages', () => {
  const lenin = {
    ...page().figureA,
    description: 'Vladimir Lenin founded the Soviet state.',
    updatedAt: new Date('2026-11-02T12:30:00Z'),
    facts: [],
    comparisons: [],
  };

  it('names the site and shares the photo on Open Graph and Twitter', () => {
    const metadata = figureMetadata(lenin);
    expect(metadata.title).toEqual({ absolute: 'Vladimir Lenin: facts and comparisons' });
    expect(metadata.alternates?.canonical).toBe('/figures/lenin');
    const image = `${SITE}/api/media/${'a'.repeat(64)}/1280.webp`;
    expect(metadata.openGraph).toMatchObject({ type: 'profile', siteName: 'Contrast', url: '/figures/lenin', images: [{ url: image, alt: 'Lenin' }] });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Vladimir Lenin', images: [image] });
    expect(figureMetadata({ ...lenin, photo: null }).twitter).toMatchObject({ card: 'summary', images: [] });
    expect(figureMetadata({ ...lenin, kind: 'PLACE' }).openGraph).toMatchObject({ type: 'website' });
  });

  it('describes the figure by its kind, with a breadcrumb trail through the index of figures', () => {
    const [entity, breadcrumbs] = figureJsonLd(lenin) as unknown as [Record<string, unknown>, BreadcrumbsLd];
    expect(entity).toMatchObject({ '@type': 'Person', name: 'Vladimir Lenin', url: `${SITE}/figures/lenin`, image: `${SITE}/api/media/${'a'.repeat(64)}/1280.webp` });
    expect(figureJsonLd({ ...lenin, kind: 'PLACE', photo: null })[0]).not.toHaveProperty('image');
    expect(figureJsonLd({ ...lenin, kind: 'PLACE' })[0]).toMatchObject({ '@type': 'Place' });
    expect(breadcrumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Figures', item: `${SITE}/figures` },
      { '@type': 'ListItem', position: 3, name: 'Vladimir Lenin', item: `${SITE}/figures/lenin` },
    ]);
  });
});
