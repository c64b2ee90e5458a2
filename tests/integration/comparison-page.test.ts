import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, sqlStatementCount } from '@/lib/db/client';
import { getComparisonPage, listRelatedComparisons, resolveComparisonPath } from '@/lib/db/comparisons';
import { createAttribute, createCategory, createComparison, createFigure } from '../support/factories';

afterAll(() => disconnectDb());

async function pairWithRows() {
  const [born, died, known] = await Promise.all([createAttribute({ label: 'Born' }), createAttribute({ label: 'Died' }), createAttribute({ label: 'Known For' })]);
  const a = await createFigure({ name: 'Ada', facts: [{ attributeId: born.id, value: '1815' }, { attributeId: died.id, value: '1852' }, { attributeId: known.id, value: 'Notes on the engine', sourceUrl: 'https://example.org/ada' }] });
  const b = await createFigure({ name: 'Charles', facts: [{ attributeId: born.id, value: '1791' }, { attributeId: known.id, value: 'The engine' }] });
  return { a, b, attributes: [known, born, died] };
}

describe('comparison pages', () => {
  it('returns the rows in their saved order, with each side’s fact and source', async () => {
    const { a, b, attributes } = await pairWithRows();
    const comparison = await createComparison({ a, b, attributeIds: attributes.map((x) => x.id), sections: [{ heading: 'One', body: 'First' }, { heading: 'Two', body: 'Second' }] });
    const page = await getComparisonPage({ slug: comparison.slug });
    expect(page?.title).toBe('Ada vs. Charles');
    expect(page?.rows.map((r) => r.attribute.label)).toEqual(['Known For', 'Born', 'Died']);
    expect(page?.rows[0]?.a).toMatchObject({ value: 'Notes on the engine', sourceUrl: 'https://example.org/ada' });
    expect(page?.rows[2]?.b).toBeNull();
    expect(page?.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
  });

  it('renders a page’s data with at most 3 SQL statements', async () => {
    const { a, b, attributes } = await pairWithRows();
    const category = await createCategory();
    const comparison = await createComparison({ a, b, attributeIds: attributes.map((x) => x.id), categoryIds: [category.id], sections: [{ heading: 'S', body: 'B' }] });
    const c = await createFigure();
    await createComparison({ a, b: c, categoryIds: [category.id] });

    const before = sqlStatementCount();
    const page = await getComparisonPage({ slug: comparison.slug });
    const related = await listRelatedComparisons({ comparison: page! });
    const statements = sqlStatementCount() - before;

    expect(related.map((r) => r.figureB.id)).toContain(c.id);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('hides drafts from the public but shows them to the preview', async () => {
    const a = await createFigure();
    const b = await createFigure();
    const draft = await createComparison({ a, b, status: 'DRAFT' });
    expect(await getComparisonPage({ slug: draft.slug })).toBeNull();
    expect((await getComparisonPage({ slug: draft.slug, includeUnpublished: true }))?.status).toBe('DRAFT');
    expect(await resolveComparisonPath({ slug: `${b.slug}-vs-${a.slug}` })).toBeNull();
  });

  it('redirects the reversed pair to the canonical slug', async () => {
    const a = await createFigure();
    const b = await createFigure();
    const comparison = await createComparison({ a, b });
    expect(await resolveComparisonPath({ slug: `${b.slug}-vs-${a.slug}` })).toEqual({ kind: 'redirect', slug: comparison.slug });
  });

  it('builds an automatic table of shared facts for two figures with no comparison', async () => {
    const { a, b } = await pairWithRows();
    const result = await resolveComparisonPath({ slug: `${a.slug}-vs-${b.slug}` });
    expect(result?.kind).toBe('automatic');
    if (result?.kind !== 'automatic') return;
    expect(result.comparison.rows.map((r) => r.attribute.label)).toEqual(['Born', 'Known For']);
    expect(result.comparison.rows[0]?.b?.value).toBe('1791');
  });

  it('answers null for unknown figures and for a figure compared with itself', async () => {
    const a = await createFigure();
    expect(await resolveComparisonPath({ slug: `${a.slug}-vs-nobody-at-all` })).toBeNull();
    expect(await resolveComparisonPath({ slug: `${a.slug}-vs-${a.slug}` })).toBeNull();
    expect(await resolveComparisonPath({ slug: 'no-separator-here' })).toBeNull();
  });
});
