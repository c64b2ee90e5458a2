// Creating, saving and publishing comparisons in the data layer, against PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonForEdit } from '@/lib/db/admin-comparisons';
import { db, disconnectDb } from '@/lib/db/client';
import { createComparison, updateComparison } from '@/lib/db/comparison-saves';
import { setComparisonStatus } from '@/lib/db/comparison-status';
import { getComparisonPage } from '@/lib/db/comparisons';
import { listRevisions } from '@/lib/db/revisions';
import { comparisonAudits, createActor, createDraftAs, createPair, EMPTY_CONTENT, refusal } from '../support/comparison-factories';
import { createCategory, createFigure } from '../support/factories';
import { createReport, createReportedComparison } from '../support/report-factories';

afterAll(() => disconnectDb());

describe('creating a comparison', () => {
  it('makes a draft at /{a}-vs-{b} titled "A vs. B", as revision 1, audited', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await createDraftAs(editor);

    expect(target.slug).toBe(`${a.slug}-vs-${b.slug}`);
    const edit = await getComparisonForEdit({ actor: editor, id: target.id });
    expect(edit).toMatchObject({ title: null, displayTitle: `${a.name} vs. ${b.name}`, status: 'DRAFT', version: 1, publishedAt: null });
    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(revisions).toMatchObject([{ version: 1, message: 'Created', author: { name: editor.name } }]);
    expect(await comparisonAudits(target.id)).toEqual([{ action: 'comparison.created', actorId: editor.id, ip: '127.0.0.1', details: expect.objectContaining({ slug: target.slug }) }]);
    // A draft is not public.
    expect(await getComparisonPage({ slug: target.slug })).toBeNull();
  });

  it('refuses the same pair in either order, naming the existing comparison', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await createDraftAs(editor);

    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const error = await refusal(createComparison({ actor: editor, figureAId: first.id, figureBId: second.id }));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe(`${first.name} and ${second.name} are already compared in “${a.name} vs. ${b.name}”. Each pair has one comparison, in either order: edit that one instead.`);
      expect(error.details?.existing).toEqual({ id: target.id, title: `${a.name} vs. ${b.name}` });
    }
    expect(await db.comparison.count({ where: { OR: [{ figureAId: a.id }, { figureBId: a.id }] } })).toBe(1);
  });

  it('creates a pair once when two editors ask at the same moment', async () => {
    const editor = await createActor('EDITOR');
    const { a, b } = await createPair();
    const results = await Promise.allSettled([createComparison({ actor: editor, figureAId: a.id, figureBId: b.id }), createComparison({ actor: editor, figureAId: b.id, figureBId: a.id })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('never compares a figure with itself', async () => {
    const editor = await createActor('EDITOR');
    const figure = await createFigure();
    const error = await refusal(createComparison({ actor: editor, figureAId: figure.id, figureBId: figure.id }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Choose two different figures: a figure cannot be compared with itself.');
    expect(error.details?.fieldErrors).toEqual({ figureBId: ['Choose two different figures: a figure cannot be compared with itself.'] });
    expect(await db.comparison.count({ where: { figureAId: figure.id } })).toBe(0);
  });
});

describe('saving a comparison', () => {
  it('saves fields, rows and sections in order, and keeps a reordered order', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await createDraftAs(editor);
    const { shared, onlyA, neither } = attributes;
    const category = await createCategory({ name: 'History' });

    const v2 = await updateComparison({
      actor: editor,
      id: target.id,
      version: 1,
      message: 'First draft',
      content: {
        ...EMPTY_CONTENT,
        title: 'Ada and Charles',
        summary: 'Two pioneers of computing.',
        rows: [shared.id, onlyA.id, neither.id],
        sections: [
          { heading: 'Engines', body: 'About the engines.' },
          { heading: 'Notes', body: 'About the notes.' },
        ],
        categoryIds: [category.id],
      },
    });
    expect(v2.version).toBe(2);
    expect(v2.categoryIds).toEqual([category.id]);
    const saved = (await getComparisonForEdit({ actor: editor, id: target.id }))!;
    expect(saved.rows.map((r) => r.attributeId)).toEqual([shared.id, onlyA.id, neither.id]);
    expect(saved.sections.map((s) => s.heading)).toEqual(['Engines', 'Notes']);
    // Rows missing a side's fact are flagged from these.
    expect(saved.attributes.filter((a) => [shared.id, onlyA.id, neither.id].includes(a.id)).map((a) => [a.label, a.hasA, a.hasB])).toEqual([
      ['Born', true, true],
      ['Known For', true, false],
      ['Motto', false, false],
    ]);

    const [engines, notes] = saved.sections;
    const v3 = await updateComparison({
      actor: editor,
      id: target.id,
      version: 2,
      content: {
        ...EMPTY_CONTENT,
        title: 'Ada and Charles',
        summary: 'Two pioneers of computing.',
        rows: [neither.id, shared.id],
        sections: [
          { id: notes!.id, heading: 'Notes', body: 'About the notes, revised.' },
          { id: engines!.id, heading: 'Engines', body: 'About the engines.' },
          { heading: 'Legacy', body: 'What remains.' },
        ],
        categoryIds: [],
      },
    });
    expect(v3.categoryIds).toEqual([category.id]); // the old category's lists are refreshed too
    const reordered = (await getComparisonForEdit({ actor: editor, id: target.id }))!;
    expect(reordered.rows.map((r) => r.attributeId)).toEqual([neither.id, shared.id]);
    expect(reordered.sections.map((s) => s.heading)).toEqual(['Notes', 'Engines', 'Legacy']);
    // Sections keep their ids (reader reports point at them); only the new one is new.
    expect(reordered.sections.slice(0, 2).map((s) => s.id)).toEqual([notes!.id, engines!.id]);
    expect(reordered.categoryIds).toEqual([]);

    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(revisions.map((r) => [r.version, r.message])).toEqual([
      [3, null],
      [2, 'First draft'],
      [1, 'Created'],
    ]);
    const latest = await db.revision.findFirstOrThrow({ where: { entityType: 'COMPARISON', entityId: target.id, version: 3 } });
    expect(readSnapshot(latest.snapshot)).toMatchObject({
      title: 'Ada and Charles',
      rows: [
        { attributeId: neither.id, attribute: neither.slug, label: 'Motto' },
        { attributeId: shared.id, attribute: shared.slug, label: 'Born' },
      ],
      sections: [{ heading: 'Notes' }, { heading: 'Engines' }, { heading: 'Legacy' }],
      categories: [],
      status: 'DRAFT',
    });
    expect((await comparisonAudits(target.id)).map((e) => e.action)).toEqual(['comparison.created', 'comparison.updated', 'comparison.updated']);
  });

  it('removes a row a reader reported: the report stays, about the whole page', async () => {
    const editor = await createActor('EDITOR');
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });
    const current = (await getComparisonForEdit({ actor: editor, id: page.comparison.id }))!;
    await updateComparison({ actor: editor, id: page.comparison.id, version: current.version, content: { ...EMPTY_CONTENT, summary: 'Still summarised.', rows: [] } });
    expect(await db.comparisonRow.count({ where: { comparisonId: page.comparison.id } })).toBe(0);
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { rowId: true, side: true, message: true } })).toEqual({ rowId: null, side: null, message: report.message });
  });

  it('refuses a save based on an old version, with the other version and who saved it', async () => {
    const [first, second] = await Promise.all([createActor('EDITOR', 'Ada Admin'), createActor('EDITOR', 'Ed Editor')]);
    const { target } = await createDraftAs(first);
    await updateComparison({ actor: first, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Their summary.' } });

    const error = await refusal(updateComparison({ actor: second, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'My summary.' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Ada Admin changed this comparison while you were editing it/);
    expect(error.details?.conflict).toMatchObject({ version: 2, changedBy: 'Ada Admin', theirs: { summary: 'Their summary.', status: 'Draft' } });
    expect((await getComparisonForEdit({ actor: first, id: target.id }))?.summary).toBe('Their summary.');
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: target.id } })).toBe(2);
  });

  it('refuses rows whose attribute does not exist, saving nothing', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await createDraftAs(editor);
    const error = await refusal(updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, rows: [2_000_000_000] } }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fieldErrors: { rows: ['An attribute in the table no longer exists.'] } } });
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))?.version).toBe(1);
  });
});

describe('publishing', () => {
  it('publishes, unpublishes and archives, each audited and each a revision', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await createDraftAs(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Ready.' } });

    const published = await setComparisonStatus({ actor: editor, id: target.id, version: 2, status: 'PUBLISHED' });
    const firstPublished = (await getComparisonForEdit({ actor: editor, id: target.id }))!.publishedAt;
    expect(firstPublished).toBeInstanceOf(Date);
    expect(await getComparisonPage({ slug: target.slug })).toMatchObject({ status: 'PUBLISHED', summary: 'Ready.' });

    await setComparisonStatus({ actor: editor, id: target.id, version: published.version, status: 'DRAFT' });
    expect(await getComparisonPage({ slug: target.slug })).toBeNull();
    const republished = await setComparisonStatus({ actor: editor, id: target.id, version: published.version + 1, status: 'PUBLISHED' });
    // Publishing again keeps the first publication date.
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))!.publishedAt).toEqual(firstPublished);
    await setComparisonStatus({ actor: editor, id: target.id, version: republished.version, status: 'ARCHIVED' });
    await setComparisonStatus({ actor: editor, id: target.id, version: republished.version + 1, status: 'DRAFT' });

    const events = await comparisonAudits(target.id);
    expect(events.map((e) => e.action)).toEqual([
      'comparison.created',
      'comparison.updated',
      'comparison.published',
      'comparison.unpublished',
      'comparison.published',
      'comparison.archived',
      'comparison.unarchived',
    ]);
    expect(events[5]).toMatchObject({ actorId: editor.id, ip: '127.0.0.1', details: { from: 'PUBLISHED', to: 'ARCHIVED' } });
    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(revisions.map((r) => r.message).slice(0, 5)).toEqual(['Moved to drafts', 'Archived', 'Published', 'Moved to drafts', 'Published']);
  });

  it('keeps a published comparison’s summary: a save that empties it is refused and changes nothing', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await createDraftAs(editor);
    // A draft may have no summary yet.
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: '  ' } });
    await updateComparison({ actor: editor, id: target.id, version: 2, content: { ...EMPTY_CONTENT, summary: 'Live summary.' } });
    await setComparisonStatus({ actor: editor, id: target.id, version: 3, status: 'PUBLISHED' });

    const error = await refusal(updateComparison({ actor: editor, id: target.id, version: 4, content: { ...EMPTY_CONTENT, summary: ' ', introduction: 'New text.' } }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fieldErrors: { summary: [expect.stringMatching(/^A published comparison needs a summary/)] } } });
    expect(await getComparisonForEdit({ actor: editor, id: target.id })).toMatchObject({ version: 4, summary: 'Live summary.', introduction: '' });
    expect((await getComparisonPage({ slug: target.slug }))?.summary).toBe('Live summary.');
    // An editor behind the current version hears about that first.
    expect((await refusal(updateComparison({ actor: editor, id: target.id, version: 3, content: { ...EMPTY_CONTENT, summary: '' } }))).code).toBe('CONFLICT');
  });

  it('refuses to publish without a summary, or from an old version', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await createDraftAs(editor);
    expect(await refusal(setComparisonStatus({ actor: editor, id: target.id, version: 1, status: 'PUBLISHED' }))).toMatchObject({
      code: 'VALIDATION',
      message: 'Write a summary before publishing: it is the first thing readers see.',
    });
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Changed after you looked.' } });
    const stale = await refusal(setComparisonStatus({ actor: editor, id: target.id, version: 1, status: 'PUBLISHED' }));
    expect(stale.code).toBe('CONFLICT');
    // The status buttons offer no merge: the message says what they do offer.
    expect(stale.message).toMatch(/changing its status to “Published” was refused\. Look at their changes, then choose again\.$/);
    expect(stale.message).not.toContain('merge');
    expect(await getComparisonPage({ slug: target.slug })).toBeNull();
  });
});
