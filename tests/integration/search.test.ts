import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { searchContent } from '@/lib/db/search';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/query';
import { createAttribute, createComparison, createFigure, madeUpWord } from '../support/factories';

afterAll(() => disconnectDb());

const search = (query: string, page = 1, pageSize = 10) => searchContent({ query, page, pageSize });

describe('search', () => {
  it('ranks a name match above a summary match above a body match', async () => {
    const word = madeUpWord();
    const named = await createFigure({ name: `${word} Quux` });
    const [a, b, c, d] = await Promise.all([createFigure(), createFigure(), createFigure(), createFigure()]);
    const inBody = await createComparison({ a: a!, b: b!, sections: [{ heading: 'Background', body: `Some say ${word} matters here.` }] });
    const inSummary = await createComparison({ a: c!, b: d!, summary: `All about ${word} in short.` });

    const { hits, total } = await search(word);
    expect(hits.map((h) => [h.kind, h.slug])).toEqual([
      ['figure', named.slug],
      ['comparison', inSummary.slug],
      ['comparison', inBody.slug],
    ]);
    expect(total).toBe(3);
  });

  it('matches the last word as a prefix, and every word', async () => {
    const word = madeUpWord();
    const other = madeUpWord();
    const figure = await createFigure({ name: `${word} ${other}` });
    await createFigure({ name: `${word} Alone` });

    expect((await search(word.slice(0, 7))).hits.map((h) => h.slug)).toContain(figure.slug);
    expect((await search(`${word} ${other.slice(0, 6)}`)).hits.map((h) => h.slug)).toEqual([figure.slug]);
    // Only the last word is a prefix.
    expect((await search(`${word.slice(0, 7)} ${other}`)).hits).toEqual([]);
  });

  it('titles hits and highlights the matched words in the snippet', async () => {
    const word = madeUpWord();
    const a = await createFigure({ name: 'Alpha Figure' });
    const b = await createFigure({ name: 'Beta Figure' });
    const comparison = await createComparison({ a, b, summary: `Both are famous for ${word}, in different ways.` });
    const figure = await createFigure({ description: `Remembered mostly for ${word} and little else.` });

    const { hits } = await search(word.toLowerCase());
    const comparisonHit = hits.find((h) => h.slug === comparison.slug);
    expect(comparisonHit).toMatchObject({ kind: 'comparison', title: 'Alpha Figure vs. Beta Figure' });
    expect(comparisonHit?.snippet).toContain(`${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`);
    const figureHit = hits.find((h) => h.slug === figure.slug);
    expect(figureHit).toMatchObject({ kind: 'figure', title: figure.name });
    expect(figureHit?.snippet).toContain(`${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`);
  });

  it('marks where a snippet leaves out the start or the end of its text', async () => {
    const word = madeUpWord();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(' ');
    const short = await createFigure({ description: `Known for ${word}.` });
    const atStart = await createFigure({ description: `${word} opens this text. ${filler(60)}.` });
    const inMiddle = await createFigure({ description: `${filler(60)} then ${word} in the middle, ${filler(60)}.` });
    const atEnd = await createFigure({ description: `${filler(60)} and at last ${word}` });

    const { hits } = await search(word);
    const edges = (slug: string) => {
      const hit = hits.find((h) => h.slug === slug);
      return hit && { cutStart: hit.cutStart, cutEnd: hit.cutEnd };
    };
    expect(edges(short.slug)).toEqual({ cutStart: false, cutEnd: false });
    expect(edges(atStart.slug)).toEqual({ cutStart: false, cutEnd: true });
    expect(edges(inMiddle.slug)).toEqual({ cutStart: true, cutEnd: true });
    expect(edges(atEnd.slug)).toEqual({ cutStart: true, cutEnd: false });
  });

  it('uses a comparison’s own title when it has one', async () => {
    const word = madeUpWord();
    const comparison = await createComparison({ a: await createFigure(), b: await createFigure(), title: `The ${word} Question` });
    expect((await search(word)).hits).toEqual([expect.objectContaining({ slug: comparison.slug, title: `The ${word} Question` })]);
  });

  it('finds published comparisons only, never drafts or archived ones', async () => {
    const word = madeUpWord();
    const draftPair = [await createFigure(), await createFigure()] as const;
    const archivedPair = [await createFigure(), await createFigure()] as const;
    await createComparison({ a: draftPair[0], b: draftPair[1], status: 'DRAFT', title: `${word} draft`, summary: word });
    await createComparison({ a: archivedPair[0], b: archivedPair[1], status: 'ARCHIVED', title: `${word} archived`, summary: word });
    const published = await createComparison({ a: draftPair[0], b: archivedPair[0], summary: word });

    const { hits, total } = await search(word);
    expect(hits.map((h) => h.slug)).toEqual([published.slug]);
    expect(total).toBe(1);
  });

  it('finds a comparison by a section body as soon as the section is edited', async () => {
    const word = madeUpWord();
    const comparison = await createComparison({ a: await createFigure(), b: await createFigure(), sections: [{ heading: 'Plain', body: 'Nothing special.' }] });
    expect((await search(word)).hits).toEqual([]);

    const section = await db.comparisonSection.findFirstOrThrow({ where: { comparisonId: comparison.id } });
    await db.comparisonSection.update({ where: { id: section.id }, data: { body: `Now it mentions ${word}.` } });
    expect((await search(word)).hits.map((h) => h.slug)).toEqual([comparison.slug]);

    await db.comparisonSection.update({ where: { id: section.id }, data: { body: 'Nothing special again.' } });
    expect((await search(word)).hits).toEqual([]);
  });

  it('follows sections as they are added and removed', async () => {
    const word = madeUpWord();
    const comparison = await createComparison({ a: await createFigure(), b: await createFigure() });
    const section = await db.comparisonSection.create({ data: { comparisonId: comparison.id, position: 0, heading: word, body: 'Body.' } });
    expect((await search(word)).hits.map((h) => h.slug)).toEqual([comparison.slug]);

    await db.comparisonSection.delete({ where: { id: section.id } });
    expect((await search(word)).hits).toEqual([]);
  });

  it('finds comparisons by a figure’s new name after it is renamed, and no longer by the old one', async () => {
    const oldWord = madeUpWord();
    const newWord = madeUpWord();
    const renamed = await createFigure({ name: `${oldWord} Person` });
    const other = await createFigure({ name: 'Steady Other' });
    const comparison = await createComparison({ a: renamed, b: other });
    expect((await search(oldWord)).hits.filter((h) => h.kind === 'comparison').map((h) => h.slug)).toEqual([comparison.slug]);

    await db.figure.update({ where: { id: renamed.id }, data: { name: `${newWord} Person` } });

    expect((await search(oldWord)).hits).toEqual([]);
    const hits = (await search(newWord)).hits;
    expect(hits).toContainEqual({ kind: 'comparison', slug: comparison.slug, title: `${newWord} Person vs. Steady Other`, snippet: expect.any(String), cutStart: expect.any(Boolean), cutEnd: expect.any(Boolean) });
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'figure', slug: renamed.slug }));
  });

  it('finds a figure by its facts, kept current as they change', async () => {
    const word = madeUpWord();
    const attribute = await createAttribute();
    const figure = await createFigure();
    const fact = await db.fact.create({ data: { figureId: figure.id, attributeId: attribute.id, value: `Known for ${word}` } });
    expect((await search(word)).hits.map((h) => h.slug)).toEqual([figure.slug]);

    await db.fact.update({ where: { id: fact.id }, data: { value: 'Known for nothing' } });
    expect((await search(word)).hits).toEqual([]);
  });

  it('pages through results and reports the total on every page', async () => {
    const word = madeUpWord();
    const figures = [];
    for (let i = 0; i < 5; i++) figures.push(await createFigure({ name: `${word} Number ${i}` }));

    const pages = await Promise.all([1, 2, 3].map((page) => search(word, page, 2)));
    expect(pages.map((p) => p.hits.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    const slugs = pages.flatMap((p) => p.hits.map((h) => h.slug));
    expect(new Set(slugs).size).toBe(5);
    expect(slugs.sort()).toEqual(figures.map((f) => f.slug).sort());
  });

  it('still reports the total on a page past the last one', async () => {
    const word = madeUpWord();
    for (let i = 0; i < 3; i++) await createFigure({ name: `${word} Number ${i}` });
    expect(await search(word, 3, 2)).toEqual({ hits: [], total: 3 });
  });

  it('answers any input without throwing, and never lets it reach the query syntax', async () => {
    const word = madeUpWord();
    const figure = await createFigure({ name: `${word} Robust` });
    const inputs = [
      "'; DROP TABLE figures; --",
      `${word}'); --`,
      '<script>alert(1)</script>',
      `<${word} onload="x">`,
      `${word} & | ! :* ( ) \\ '' "`,
      'x'.repeat(500),
      `${word} `.repeat(100),
      '',
      '   ',
      '!!! ??? *** ...',
      'the and of',
      'Ленин Сталин',
      '東京 タワー',
      '🙂🙂🙂',
    ];
    for (const query of inputs) {
      const result = await search(query);
      expect(Array.isArray(result.hits), query).toBe(true);
      expect(result.total, query).toBeGreaterThanOrEqual(result.hits.length);
    }
    expect((await search(`${word}'); --`)).hits.map((h) => h.slug)).toEqual([figure.slug]);
    expect((await search(`<${word}>`)).hits.map((h) => h.slug)).toEqual([figure.slug]);
    expect(await search('')).toEqual({ hits: [], total: 0 });
    expect(await search('!!! ??? *** ...')).toEqual({ hits: [], total: 0 });
    expect(await db.figure.findUnique({ where: { id: figure.id }, select: { id: true } })).toEqual({ id: figure.id });
  });

  it('finds names in other scripts', async () => {
    const cyrillic = `Зорб${madeUpWord('абвгдежзиклмнопрстуфхцчшщэюя')}`;
    const cjk = `東京${madeUpWord('山川田中森林石竹花鳥風月雪空海')}`;
    const russian = await createFigure({ name: `${cyrillic} Иванович` });
    const japanese = await createFigure({ name: cjk });

    expect((await search(cyrillic.toLowerCase())).hits.map((h) => h.slug)).toEqual([russian.slug]);
    expect((await search(cyrillic.slice(0, -2))).hits.map((h) => h.slug)).toEqual([russian.slug]);
    expect((await search(cjk)).hits.map((h) => h.slug)).toEqual([japanese.slug]);
  });
});
