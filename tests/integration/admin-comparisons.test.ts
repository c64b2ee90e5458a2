import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { comparisonTexts, readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonForEdit, getComparisonPreview, listAdminComparisons } from '@/lib/db/admin-comparisons';
import { db, disconnectDb } from '@/lib/db/client';
import { createComparison, restoreComparisonRevision, updateComparison } from '@/lib/db/comparison-saves';
import { setComparisonStatus } from '@/lib/db/comparison-status';
import { getComparisonPage } from '@/lib/db/comparisons';
import { listRevisions } from '@/lib/db/revisions';
import type { ComparisonContent } from '@/lib/validation/comparisons';
import { AppError } from '@/lib/errors';
import { createActor, createPair } from '../support/comparison-factories';
import { createAttribute, createCategory, createFigure, madeUpWord } from '../support/factories';

afterAll(() => disconnectDb());

const EMPTY: ComparisonContent = { title: null, summary: '', introduction: '', conclusion: '', rows: [], sections: [], categoryIds: [] };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function audits(id: number) {
  return db.auditEvent.findMany({ where: { targetType: 'comparison', targetId: String(id) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, ip: true, details: true } });
}

async function draft(actor: Actor) {
  const pair = await createPair();
  const target = await createComparison({ actor, figureAId: pair.a.id, figureBId: pair.b.id });
  return { ...pair, target };
}

describe('creating a comparison', () => {
  it('makes a draft at /{a}-vs-{b} titled "A vs. B", as revision 1, audited', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await draft(editor);

    expect(target.slug).toBe(`${a.slug}-vs-${b.slug}`);
    const edit = await getComparisonForEdit({ actor: editor, id: target.id });
    expect(edit).toMatchObject({ title: null, displayTitle: `${a.name} vs. ${b.name}`, status: 'DRAFT', version: 1, publishedAt: null });
    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(revisions).toMatchObject([{ version: 1, message: 'Created', author: { name: editor.name } }]);
    expect(await audits(target.id)).toEqual([{ action: 'comparison.created', actorId: editor.id, ip: '127.0.0.1', details: expect.objectContaining({ slug: target.slug }) }]);
    // A draft is not public.
    expect(await getComparisonPage({ slug: target.slug })).toBeNull();
  });

  it('refuses the same pair in either order, naming the existing comparison', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await draft(editor);

    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const error = await rejection(createComparison({ actor: editor, figureAId: first.id, figureBId: second.id }));
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
    const error = await rejection(createComparison({ actor: editor, figureAId: figure.id, figureBId: figure.id }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Choose two different figures: a figure cannot be compared with itself.');
    expect(error.details?.fieldErrors).toEqual({ figureBId: ['Choose two different figures: a figure cannot be compared with itself.'] });
    expect(await db.comparison.count({ where: { figureAId: figure.id } })).toBe(0);
  });
});

describe('saving a comparison', () => {
  it('saves fields, rows and sections in order, and keeps a reordered order', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await draft(editor);
    const { shared, onlyA, neither } = attributes;
    const category = await createCategory({ name: 'History' });

    const v2 = await updateComparison({
      actor: editor,
      id: target.id,
      version: 1,
      message: 'First draft',
      content: {
        ...EMPTY,
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
        ...EMPTY,
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
    expect((await audits(target.id)).map((e) => e.action)).toEqual(['comparison.created', 'comparison.updated', 'comparison.updated']);
  });

  it('refuses a save based on an old version, with the other version and who saved it', async () => {
    const [first, second] = await Promise.all([createActor('EDITOR', 'Ada Admin'), createActor('EDITOR', 'Ed Editor')]);
    const { target } = await draft(first);
    await updateComparison({ actor: first, id: target.id, version: 1, content: { ...EMPTY, summary: 'Their summary.' } });

    const error = await rejection(updateComparison({ actor: second, id: target.id, version: 1, content: { ...EMPTY, summary: 'My summary.' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Ada Admin changed this comparison while you were editing it/);
    expect(error.details?.conflict).toMatchObject({ version: 2, changedBy: 'Ada Admin', theirs: { summary: 'Their summary.', status: 'Draft' } });
    expect((await getComparisonForEdit({ actor: first, id: target.id }))?.summary).toBe('Their summary.');
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: target.id } })).toBe(2);
  });

  it('refuses rows whose attribute does not exist, saving nothing', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await draft(editor);
    const error = await rejection(updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, rows: [2_000_000_000] } }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fieldErrors: { rows: ['An attribute in the table no longer exists.'] } } });
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))?.version).toBe(1);
  });
});

describe('publishing', () => {
  it('publishes, unpublishes and archives, each audited and each a revision', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await draft(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, summary: 'Ready.' } });

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

    const events = await audits(target.id);
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

  it('refuses to publish without a summary, or from an old version', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await draft(editor);
    expect(await rejection(setComparisonStatus({ actor: editor, id: target.id, version: 1, status: 'PUBLISHED' }))).toMatchObject({
      code: 'VALIDATION',
      message: 'Write a summary before publishing: it is the first thing readers see.',
    });
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, summary: 'Changed after you looked.' } });
    const stale = await rejection(setComparisonStatus({ actor: editor, id: target.id, version: 1, status: 'PUBLISHED' }));
    expect(stale.code).toBe('CONFLICT');
    expect(await getComparisonPage({ slug: target.slug })).toBeNull();
  });
});

describe('revisions and restore', () => {
  it('restores an old version as a new revision, keeping every revision and the status', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await draft(editor);
    const category = await createCategory();
    await updateComparison({
      actor: editor,
      id: target.id,
      version: 1,
      content: { ...EMPTY, summary: 'Years in power 1917-1924', rows: [attributes.shared.id, attributes.onlyA.id], sections: [{ heading: 'Style', body: 'Calm.' }], categoryIds: [category.id] },
    });
    await setComparisonStatus({ actor: editor, id: target.id, version: 2, status: 'PUBLISHED' });
    await updateComparison({ actor: editor, id: target.id, version: 3, content: { ...EMPTY, summary: 'Years in power 1917 to 1924', rows: [attributes.onlyA.id] } });

    const [v2, v4] = await Promise.all([2, 4].map((v) => db.revision.findFirstOrThrow({ where: { entityType: 'COMPARISON', entityId: target.id, version: v } })));
    const before = comparisonTexts(readSnapshot(v2!.snapshot));
    const after = comparisonTexts(readSnapshot(v4!.snapshot));
    expect(before.summary).toBe('Years in power 1917-1924');
    expect(after.summary).toBe('Years in power 1917 to 1924');
    expect(after.sections).toBe('');

    const restored = await restoreComparisonRevision({ actor: editor, id: target.id, version: 4, revision: 2, message: 'Back to the dash' });
    expect(restored.version).toBe(5);
    const current = (await getComparisonForEdit({ actor: editor, id: target.id }))!;
    expect(current).toMatchObject({ summary: 'Years in power 1917-1924', status: 'PUBLISHED', categoryIds: [category.id] });
    expect(current.rows.map((r) => r.attributeId)).toEqual([attributes.shared.id, attributes.onlyA.id]);
    expect(current.sections.map((s) => [s.heading, s.body])).toEqual([['Style', 'Calm.']]);

    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(revisions.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
    expect(revisions[0]!.message).toBe('Restored revision 2; Back to the dash');
    expect((await audits(target.id)).at(-1)).toMatchObject({ action: 'comparison.restored', details: { restoredVersion: 2, version: 5 } });
  });

  it('refuses a restore based on an old version and an unknown revision', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await draft(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, summary: 'Two' } });
    expect((await rejection(restoreComparisonRevision({ actor: editor, id: target.id, version: 1, revision: 1 }))).code).toBe('CONFLICT');
    expect((await rejection(restoreComparisonRevision({ actor: editor, id: target.id, version: 2, revision: 9 }))).code).toBe('NOT_FOUND');
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: target.id } })).toBe(2);
  });

  it('leaves out rows whose attribute was deleted since, and says so', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await draft(editor);
    const doomed = await createAttribute({ label: 'Doomed' });
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, rows: [doomed.id, attributes.shared.id] } });
    await updateComparison({ actor: editor, id: target.id, version: 2, content: { ...EMPTY, rows: [attributes.shared.id] } });
    await db.attribute.delete({ where: { id: doomed.id } });

    await restoreComparisonRevision({ actor: editor, id: target.id, version: 3, revision: 2 });
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))!.rows.map((r) => r.attributeId)).toEqual([attributes.shared.id]);
    const [latest] = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(latest!.message).toBe('Restored revision 2; 1 row left out: attribute deleted');
  });
});

describe('the admin list', () => {
  it('filters by status, searches titles and figures, and pages without overlap', async () => {
    const editor = await createActor('EDITOR');
    const word = madeUpWord();
    const a = await createFigure({ name: `${word} Alpha` });
    const created = [];
    for (let i = 0; i < 5; i += 1) {
      const b = await createFigure();
      created.push(await createComparison({ actor: editor, figureAId: a.id, figureBId: b.id }));
    }
    await updateComparison({ actor: editor, id: created[0]!.id, version: 1, content: { ...EMPTY, summary: 'Live.' } });
    await setComparisonStatus({ actor: editor, id: created[0]!.id, version: 2, status: 'PUBLISHED' });

    const all = await listAdminComparisons({ actor: editor, query: word.toLowerCase() });
    expect(all.total).toBe(5);
    const published = await listAdminComparisons({ actor: editor, query: word, status: 'PUBLISHED' });
    expect(published.items.map((c) => c.id)).toEqual([created[0]!.id]);
    expect((await listAdminComparisons({ actor: editor, query: word, status: 'DRAFT' })).total).toBe(4);

    const pages = await Promise.all([1, 2, 3].map((page) => listAdminComparisons({ actor: editor, query: word, page, pageSize: 2 })));
    expect(pages.map((p) => p.totalPages)).toEqual([3, 3, 3]);
    const ids = pages.flatMap((p) => p.items.map((c) => c.id));
    expect(new Set(ids).size).toBe(5);
    expect(ids.sort()).toEqual(created.map((c) => c.id).sort());
    // Out of range pages show the last page rather than nothing.
    expect((await listAdminComparisons({ actor: editor, query: word, page: 99, pageSize: 2 })).page).toBe(3);
  });
});

describe('authorization in the data layer', () => {
  it('refuses anonymous callers everything', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await draft(editor);
    const anonymous = null as unknown as Actor;
    const calls = [
      () => listAdminComparisons({ actor: anonymous }),
      () => getComparisonForEdit({ actor: anonymous, id: target.id }),
      () => getComparisonPreview({ actor: anonymous, id: target.id }),
      () => createComparison({ actor: anonymous, figureAId: a.id, figureBId: b.id }),
      () => updateComparison({ actor: anonymous, id: target.id, version: 1, content: EMPTY }),
      () => setComparisonStatus({ actor: anonymous, id: target.id, version: 1, status: 'ARCHIVED' }),
      () => restoreComparisonRevision({ actor: anonymous, id: target.id, version: 1, revision: 1 }),
    ];
    for (const call of calls) expect((await rejection(call())).code).toBe('UNAUTHORIZED');
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))?.version).toBe(1);
  });

  it('lets editors edit and publish, but only admins preview drafts', async () => {
    const [editor, admin] = await Promise.all([createActor('EDITOR'), createActor('ADMIN')]);
    const { target } = await draft(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY, summary: 'Draft text only admins preview.' } });

    expect((await rejection(getComparisonPreview({ actor: editor, id: target.id }))).code).toBe('FORBIDDEN');
    const preview = await getComparisonPreview({ actor: admin, id: target.id });
    expect(preview?.page).toMatchObject({ id: target.id, status: 'DRAFT', summary: 'Draft text only admins preview.' });
    expect(await getComparisonPreview({ actor: admin, id: 2_000_000_000 })).toBeNull();

    await setComparisonStatus({ actor: editor, id: target.id, version: 2, status: 'PUBLISHED' });
    await updateComparison({ actor: admin, id: target.id, version: 3, content: { ...EMPTY, summary: 'Edited by an admin.' } });
    expect(await getComparisonPage({ slug: target.slug })).toMatchObject({ summary: 'Edited by an admin.' });
  });
});
