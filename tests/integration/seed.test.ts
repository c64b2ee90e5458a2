// The demo content, loaded into a database of this file's own so that whole-table counts
// mean something while other files add their own rows to the shared one.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ClientModule from '@/lib/db/client';
import type * as SeedModule from '@/prisma/seed';
import type { TestDatabase } from '../support/database';
import { connectToFreshDatabase } from '../support/fresh-database';

let database: TestDatabase;
let client: typeof ClientModule;
let seed: typeof SeedModule;
let firstRun: SeedModule.SeedSummary;

beforeAll(async () => {
  database = await connectToFreshDatabase('seed');
  client = await import('@/lib/db/client');
  seed = await import('@/prisma/seed');
  firstRun = await seed.seedDemoContent(client.getDb());
}, 180_000);

afterAll(async () => {
  await client?.disconnectDb();
  await database?.drop();
});

type Snapshot = Record<string, string>;

/** Row counts and latest change of everything the seed writes, as text for an exact comparison. */
async function snapshot(): Promise<Snapshot> {
  const [row] = await client.getDb().$queryRaw<Snapshot[]>`
    SELECT (SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '-') FROM figures) AS figures,
           (SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '-') FROM facts) AS facts,
           (SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '-') FROM comparisons) AS comparisons,
           (SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '-') FROM attributes) AS attributes,
           (SELECT count(*) || ' ' || coalesce(max(updated_at)::text, '-') FROM categories) AS categories,
           (SELECT count(*) || ' ' || coalesce(max(created_at)::text, '-') FROM media) AS media,
           (SELECT count(*)::text FROM media_variants) AS media_variants,
           (SELECT count(*)::text FROM comparison_rows) AS comparison_rows,
           (SELECT count(*)::text FROM comparison_sections) AS comparison_sections,
           (SELECT count(*)::text FROM comparison_categories) AS comparison_categories,
           (SELECT coalesce(max(version), 0)::text FROM figures) AS figure_version,
           (SELECT coalesce(max(version), 0)::text FROM comparisons) AS comparison_version`;
  return row!;
}

describe('the demo content', () => {
  it('loads once; seeding again creates and changes nothing', async () => {
    const content = seed.demoContent();
    expect(firstRun).toEqual({
      categories: content.categories.length,
      attributes: content.attributes.length,
      figures: content.figures.length,
      comparisons: content.comparisons.length,
    });
    const before = await snapshot();
    expect(before.figures).toMatch(new RegExp(`^${content.figures.length} `));
    expect(before.comparisons).toMatch(new RegExp(`^${content.comparisons.length} `));

    const second = await seed.seedDemoContent(client.getDb());
    expect(second).toEqual({ categories: 0, attributes: 0, figures: 0, comparisons: 0 });
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('meets the demo spec: enough comparisons, figures of every kind, and categories', async () => {
    const db = client.getDb();
    expect(await db.comparison.count({ where: { status: 'PUBLISHED' } })).toBeGreaterThanOrEqual(12);
    expect(await db.figure.count()).toBeGreaterThanOrEqual(20);
    const kinds = await db.figure.groupBy({ by: ['kind'], _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(['PERSON', 'PLACE', 'THING']);
    expect(await db.category.count()).toBeGreaterThanOrEqual(4);
  });

  it('has Lenin vs. Stalin with its nine rows in order', async () => {
    const { getComparisonPage } = await import('@/lib/db/comparisons');
    const page = await getComparisonPage({ slug: 'lenin-vs-stalin' });
    expect(page).not.toBeNull();
    expect([page!.figureA.slug, page!.figureB.slug]).toEqual(['lenin', 'stalin']);
    expect(page!.rows.map((r) => r.attribute.label)).toEqual([
      'Birth Name',
      'Years in Power',
      'Role in Russian Revolution',
      'Political Ideology',
      'Economic Policies',
      'Foreign Policy',
      'Personality Cult',
      'Political Repression',
      'Legacy',
    ]);
    for (const row of page!.rows) {
      expect(row.a?.value, row.attribute.label).toBeTruthy();
      expect(row.b?.value, row.attribute.label).toBeTruthy();
    }
  });

  it('gives every comparison its text, sections and two credited photos that are served', async () => {
    const { getComparisonPage } = await import('@/lib/db/comparisons');
    const { getMediaVariant } = await import('@/lib/db/media');
    const comparisons = await client.getDb().comparison.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
    expect(comparisons.length).toBeGreaterThanOrEqual(12);
    for (const { slug } of comparisons) {
      const page = await getComparisonPage({ slug });
      expect(page, slug).not.toBeNull();
      expect(page!.summary.trim(), slug).not.toBe('');
      expect(page!.introduction.trim(), slug).not.toBe('');
      expect(page!.conclusion.trim(), slug).not.toBe('');
      expect(page!.sections.length, slug).toBeGreaterThanOrEqual(3);
      for (const section of page!.sections) expect(section.body.trim(), `${slug}: ${section.heading}`).not.toBe('');
      expect(page!.categories.length, slug).toBeGreaterThan(0);
      for (const figure of [page!.figureA, page!.figureB]) {
        const photo = figure.photo;
        expect(photo, figure.slug).not.toBeNull();
        expect(photo!.alt.trim(), figure.slug).not.toBe('');
        expect(photo!.creditName?.trim(), figure.slug).toBeTruthy();
        expect(photo!.license?.trim(), figure.slug).toBeTruthy();
        const variant = await getMediaVariant({ hash: photo!.hash, width: photo!.width, format: 'webp' });
        expect(variant, figure.slug).not.toBeNull();
        expect((await sharp(variant!.bytes).metadata()).width, figure.slug).toBe(photo!.width);
      }
    }
  });
});
