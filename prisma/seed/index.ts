// Loads the demo content. Only creates what is missing, so running it twice changes nothing.
import { createMedia } from '../../lib/db/media';
import type { Db } from '../../lib/db/client';
import { processImage } from '../../lib/media/images';
import { comparisonSlug, pairKey } from '../../lib/comparisons/slug';
import { demoArtAlt, demoArtPng } from './art';
import { categories } from './content/categories';
import { people } from './content/people';
import { places } from './content/places';
import { things } from './content/things';
import type { SeedAttribute, SeedBundle, SeedComparison, SeedFigure } from './types';

export const bundles: SeedBundle[] = [people, places, things];

const DEMO_CREDIT = {
  photoCreditName: 'Contrast Studio',
  photoCreditUrl: '/about#demo-images',
  photoSourceName: 'Contrast Demo Library',
  photoSourceUrl: '/about#demo-images',
  photoLicense: 'CC0 1.0 (generated demo artwork)',
} as const;

export type SeedSummary = { categories: number; attributes: number; figures: number; comparisons: number };

export function demoContent() {
  const attributes = new Map<string, SeedAttribute>();
  for (const bundle of bundles) {
    for (const attribute of bundle.attributes) if (!attributes.has(attribute.slug)) attributes.set(attribute.slug, attribute);
  }
  return {
    categories,
    attributes: [...attributes.values()],
    figures: bundles.flatMap((b) => b.figures),
    comparisons: bundles.flatMap((b) => b.comparisons),
  };
}

export async function seedDemoContent(db: Db): Promise<SeedSummary> {
  const content = demoContent();
  const created: SeedSummary = { categories: 0, attributes: 0, figures: 0, comparisons: 0 };

  const categoryIds = new Map<string, number>();
  for (const category of content.categories) {
    const existing = await db.category.findUnique({ where: { slug: category.slug }, select: { id: true } });
    const row = existing ?? (created.categories++, await db.category.create({ data: category, select: { id: true } }));
    categoryIds.set(category.slug, row.id);
  }

  const attributeIds = new Map<string, number>();
  for (const attribute of content.attributes) {
    const existing = await db.attribute.findUnique({ where: { slug: attribute.slug }, select: { id: true } });
    const row = existing ?? (created.attributes++, await db.attribute.create({ data: attribute, select: { id: true } }));
    attributeIds.set(attribute.slug, row.id);
  }

  const figureIds = new Map<string, number>();
  for (const figure of content.figures) {
    const existing = await db.figure.findUnique({ where: { slug: figure.slug }, select: { id: true } });
    if (existing) {
      figureIds.set(figure.slug, existing.id);
      continue;
    }
    figureIds.set(figure.slug, await createFigure(db, figure, attributeIds));
    created.figures++;
  }

  for (const comparison of content.comparisons) {
    const a = figureIds.get(comparison.a);
    const b = figureIds.get(comparison.b);
    if (!a || !b) throw new Error(`Seed comparison ${comparison.a} vs ${comparison.b} names an unknown figure.`);
    const existing = await db.comparison.findUnique({ where: { pairKey: pairKey(a, b) }, select: { id: true } });
    if (existing) continue;
    await createComparison(db, comparison, { a, b }, attributeIds, categoryIds);
    created.comparisons++;
  }
  return created;
}

async function createFigure(db: Db, figure: SeedFigure, attributeIds: Map<string, number>): Promise<number> {
  const image = await processImage(await demoArtPng(figure.slug, figure.kind), 'image/png');
  const hash = await createMedia({ image });
  const row = await db.figure.create({
    data: {
      slug: figure.slug,
      name: figure.name,
      kind: figure.kind,
      description: figure.description,
      photoHash: hash,
      photoAlt: demoArtAlt(figure.name, figure.kind, figure.slug),
      ...DEMO_CREDIT,
      facts: {
        create: Object.entries(figure.facts).map(([slug, fact]) => {
          const attributeId = attributeIds.get(slug);
          if (!attributeId) throw new Error(`Figure ${figure.slug} has a fact for unknown attribute ${slug}.`);
          return { attributeId, value: fact.value, sourceUrl: fact.sourceUrl ?? null, note: fact.note ?? null, verifiedAt: new Date('2026-11-01') };
        }),
      },
    },
    select: { id: true },
  });
  return row.id;
}

async function createComparison(
  db: Db,
  comparison: SeedComparison,
  ids: { a: number; b: number },
  attributeIds: Map<string, number>,
  categoryIds: Map<string, number>,
): Promise<void> {
  const publishedAt = new Date(`${comparison.publishedAt}T09:00:00Z`);
  await db.comparison.create({
    data: {
      slug: comparisonSlug(comparison.a, comparison.b),
      pairKey: pairKey(ids.a, ids.b),
      figureAId: ids.a,
      figureBId: ids.b,
      title: comparison.title ?? null,
      summary: comparison.summary,
      introduction: comparison.introduction,
      conclusion: comparison.conclusion,
      status: 'PUBLISHED',
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
      rows: {
        create: comparison.rows.map((slug, position) => {
          const attributeId = attributeIds.get(slug);
          if (!attributeId) throw new Error(`Comparison ${comparison.a}-vs-${comparison.b} uses unknown attribute ${slug}.`);
          return { attributeId, position };
        }),
      },
      sections: { create: comparison.sections.map((s, position) => ({ heading: s.heading, body: s.body, position })) },
      categories: {
        create: comparison.categories.map((slug) => {
          const categoryId = categoryIds.get(slug);
          if (!categoryId) throw new Error(`Comparison ${comparison.a}-vs-${comparison.b} uses unknown category ${slug}.`);
          return { categoryId };
        }),
      },
    },
  });
}
