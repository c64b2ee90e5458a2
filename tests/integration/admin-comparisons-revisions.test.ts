// Comparison revisions: what each save records, word-level diffs, and restoring.
import { afterAll, describe, expect, it } from 'vitest';
import { comparisonTexts, readSnapshot } from '@/lib/comparisons/snapshot';
import { getComparisonForEdit } from '@/lib/db/admin-comparisons';
import { db, disconnectDb } from '@/lib/db/client';
import { restoreComparisonRevision, updateComparison } from '@/lib/db/comparison-saves';
import { setComparisonStatus } from '@/lib/db/comparison-status';
import { listRevisions } from '@/lib/db/revisions';
import { comparisonAudits, createActor, createDraftAs, createPair, EMPTY_CONTENT, refusal } from '../support/comparison-factories';
import { createAttribute, createCategory, createComparison } from '../support/factories';

afterAll(() => disconnectDb());

describe('revisions and restore', () => {
  it('restores an old version as a new revision, keeping every revision and the status', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await createDraftAs(editor);
    const category = await createCategory();
    await updateComparison({
      actor: editor,
      id: target.id,
      version: 1,
      content: { ...EMPTY_CONTENT, summary: 'Years in power 1917-1924', rows: [attributes.shared.id, attributes.onlyA.id], sections: [{ heading: 'Style', body: 'Calm.' }], categoryIds: [category.id] },
    });
    await setComparisonStatus({ actor: editor, id: target.id, version: 2, status: 'PUBLISHED' });
    await updateComparison({ actor: editor, id: target.id, version: 3, content: { ...EMPTY_CONTENT, summary: 'Years in power 1917 to 1924', rows: [attributes.onlyA.id] } });

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
    expect((await comparisonAudits(target.id)).at(-1)).toMatchObject({ action: 'comparison.restored', details: { restoredVersion: 2, version: 5 } });
  });

  it('refuses a restore based on an old version and an unknown revision', async () => {
    const editor = await createActor('EDITOR');
    const { target } = await createDraftAs(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Two' } });
    expect((await refusal(restoreComparisonRevision({ actor: editor, id: target.id, version: 1, revision: 1 }))).code).toBe('CONFLICT');
    expect((await refusal(restoreComparisonRevision({ actor: editor, id: target.id, version: 2, revision: 9 }))).code).toBe('NOT_FOUND');
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: target.id } })).toBe(2);
  });

  it('leaves out rows whose attribute was deleted since, and says so', async () => {
    const editor = await createActor('EDITOR');
    const { target, attributes } = await createDraftAs(editor);
    const doomed = await createAttribute({ label: 'Doomed' });
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, rows: [doomed.id, attributes.shared.id] } });
    await updateComparison({ actor: editor, id: target.id, version: 2, content: { ...EMPTY_CONTENT, rows: [attributes.shared.id] } });
    await db.attribute.delete({ where: { id: doomed.id } });

    await restoreComparisonRevision({ actor: editor, id: target.id, version: 3, revision: 2 });
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))!.rows.map((r) => r.attributeId)).toEqual([attributes.shared.id]);
    const [latest] = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: target.id });
    expect(latest!.message).toBe('Restored revision 2; 1 row left out: attribute deleted');
  });

  it('records a comparison made before revisions existed as a baseline on its first save, which can be restored', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, attributes } = await createPair();
    const category = await createCategory();
    // As the demo data is loaded (scripts/db-seed.ts): version 1 and no revision.
    const seeded = await createComparison({
      a,
      b,
      summary: 'The seeded summary',
      attributeIds: [attributes.shared.id, attributes.onlyA.id],
      sections: [{ heading: 'Legacy', body: 'Seeded section.' }],
      categoryIds: [category.id],
    });
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: seeded.id } })).toBe(0);

    await updateComparison({ actor: editor, id: seeded.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'An edited summary', rows: [attributes.shared.id] }, message: 'Shorter' });
    await updateComparison({ actor: editor, id: seeded.id, version: 2, content: { ...EMPTY_CONTENT, summary: 'Edited again' } });

    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: seeded.id });
    expect(revisions.map((r) => [r.version, r.message, r.author?.name ?? null])).toEqual([
      [3, null, editor.name],
      [2, 'Shorter', editor.name],
      [1, 'As it was before the first recorded edit', null],
    ]);
    const baseline = readSnapshot((await db.revision.findFirstOrThrow({ where: { entityType: 'COMPARISON', entityId: seeded.id, version: 1 } })).snapshot);
    expect(baseline).toMatchObject({ summary: 'The seeded summary', status: 'PUBLISHED', sections: [{ heading: 'Legacy', body: 'Seeded section.' }], categories: [{ id: category.id }] });
    expect(baseline.rows.map((r) => r.attributeId)).toEqual([attributes.shared.id, attributes.onlyA.id]);

    const restored = await restoreComparisonRevision({ actor: editor, id: seeded.id, version: 3, revision: 1 });
    expect(restored.version).toBe(4);
    const current = (await getComparisonForEdit({ actor: editor, id: seeded.id }))!;
    expect(current).toMatchObject({ summary: 'The seeded summary', introduction: 'A test introduction.', status: 'PUBLISHED', categoryIds: [category.id] });
    expect(current.rows.map((r) => r.attributeId)).toEqual([attributes.shared.id, attributes.onlyA.id]);
    expect(current.sections.map((s) => [s.heading, s.body])).toEqual([['Legacy', 'Seeded section.']]);
    expect((await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: seeded.id })).map((r) => [r.version, r.message])[0]).toEqual([4, 'Restored revision 1']);
  });

  it('records that baseline on a first status change too', async () => {
    const editor = await createActor('EDITOR');
    const { a, b } = await createPair();
    const seeded = await createComparison({ a, b, summary: 'The seeded summary', status: 'PUBLISHED' });
    await setComparisonStatus({ actor: editor, id: seeded.id, version: 1, status: 'ARCHIVED' });
    const revisions = await listRevisions({ actor: editor, entityType: 'COMPARISON', entityId: seeded.id });
    expect(revisions.map((r) => [r.version, r.author?.name ?? null])).toEqual([
      [2, editor.name],
      [1, null],
    ]);
    const baseline = readSnapshot((await db.revision.findFirstOrThrow({ where: { entityType: 'COMPARISON', entityId: seeded.id, version: 1 } })).snapshot);
    expect(baseline).toMatchObject({ summary: 'The seeded summary', status: 'PUBLISHED' });
  });

  it('records no baseline when a first save of an old comparison is refused', async () => {
    const editor = await createActor('EDITOR');
    const { a, b } = await createPair();
    const seeded = await createComparison({ a, b, status: 'PUBLISHED' });
    expect((await refusal(updateComparison({ actor: editor, id: seeded.id, version: 1, content: { ...EMPTY_CONTENT, summary: '' } }))).code).toBe('VALIDATION');
    expect((await refusal(updateComparison({ actor: editor, id: seeded.id, version: 7, content: { ...EMPTY_CONTENT, summary: 'Late' } }))).code).toBe('CONFLICT');
    expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: seeded.id } })).toBe(0);
  });
});
