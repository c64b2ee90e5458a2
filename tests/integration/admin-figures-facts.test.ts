import { afterAll, describe, expect, it } from 'vitest';
import { createAttribute as createAttributeDefinition, getAttributeForEdit, listAttributes, restoreAttributeRevision, updateAttribute } from '@/lib/db/attributes';
import { db, disconnectDb } from '@/lib/db/client';
import { getFactEditor, listFigureFacts, restoreFactRevision, saveFact } from '@/lib/db/facts';
import { listRevisions } from '@/lib/db/revisions';
import { AppError } from '@/lib/errors';
import { createAttribute, createComparison, createFigure, unique } from '../support/factories';
import { createActor } from '../support/figure-factories';

afterAll(() => disconnectDb());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const fact = (figureId: number, attributeId: number, version: number, value: string, extra: Record<string, string> = {}) => ({
  figureId,
  attributeId,
  version,
  value,
  sourceUrl: '',
  note: '',
  verifiedAt: '',
  message: '',
  ...extra,
});

describe('facts', () => {
  it('adds a fact, saves new versions, refuses a stale one and restores an old one', async () => {
    const actor = await createActor('EDITOR', 'Fact Checker');
    const [attribute, figure] = await Promise.all([createAttribute(), createFigure()]);

    const added = await saveFact({ actor, input: fact(figure.id, attribute.id, 0, '1642', { sourceUrl: 'https://example.org/born', verifiedAt: '2026-11-01' }) });
    expect(added).toMatchObject({ version: 1, figure: { id: figure.id, slug: figure.slug } });
    const second = await saveFact({ actor, input: fact(figure.id, attribute.id, 1, '25 December 1642', { message: 'Full date' }) });
    expect(second.version).toBe(2);

    const stale = await rejection(saveFact({ actor, input: fact(figure.id, attribute.id, 1, 'Christmas 1642') }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details?.conflict).toMatchObject({ version: 2, theirs: { value: '25 December 1642', sourceUrl: '', verifiedAt: '' }, changedBy: 'Fact Checker' });
    // Adding a fact the form thought missing is a conflict too.
    expect((await rejection(saveFact({ actor, input: fact(figure.id, attribute.id, 0, 'Another') }))).code).toBe('CONFLICT');

    await restoreFactRevision({ actor, id: added.factId, version: 2, revisionVersion: 1 });
    const editor = await getFactEditor({ actor, figureId: figure.id, attributeId: attribute.id });
    expect(editor?.fact).toEqual({ id: added.factId, version: 3, value: '1642', sourceUrl: 'https://example.org/born', note: null, verifiedAt: '2026-11-01' });
    const revisions = await listRevisions({ actor, entityType: 'FACT', entityId: added.factId });
    expect(revisions.map((r) => [r.version, r.message])).toEqual([
      [3, 'Restored version 1'],
      [2, 'Full date'],
      [1, 'Added'],
    ]);
    const actions = await db.auditEvent.findMany({ where: { targetType: 'fact', targetId: String(added.factId) }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['fact.created', 'fact.updated', 'fact.restored']);
  });

  it('counts the published comparisons whose table shows the fact', async () => {
    const actor = await createActor();
    const [shown, hidden] = await Promise.all([createAttribute(), createAttribute()]);
    const figure = await createFigure({ facts: [{ attributeId: shown.id, value: 'x' }] });
    const others = await Promise.all([createFigure(), createFigure(), createFigure(), createFigure()]);
    await createComparison({ a: figure, b: others[0]!, attributeIds: [shown.id] });
    await createComparison({ a: others[1]!, b: figure, attributeIds: [hidden.id, shown.id] });
    await createComparison({ a: figure, b: others[2]!, attributeIds: [shown.id], status: 'DRAFT' });
    await createComparison({ a: figure, b: others[3]!, attributeIds: [hidden.id] });

    const editor = await getFactEditor({ actor, figureId: figure.id, attributeId: shown.id });
    expect(editor?.comparisons.map((c) => c.slug).sort()).toEqual([`${figure.slug}-vs-${others[0]!.slug}`, `${others[1]!.slug}-vs-${figure.slug}`].sort());
    const rows = await listFigureFacts({ actor, figureId: figure.id });
    expect(rows.find((r) => r.attribute.id === shown.id)).toMatchObject({ publishedComparisons: 2, fact: { value: 'x', version: 1 } });
    expect(rows.find((r) => r.attribute.id === hidden.id)).toMatchObject({ publishedComparisons: 2, fact: null });
  });

  it('lets exactly one of 20 saves of a fact from the same version commit', async () => {
    const actor = await createActor();
    const attribute = await createAttribute();
    const figure = await createFigure();
    const { factId } = await saveFact({ actor, input: fact(figure.id, attribute.id, 0, 'start') });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => saveFact({ actor, input: fact(figure.id, attribute.id, 1, `value ${i}`) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'CONFLICT')).toHaveLength(19);
    expect(await db.revision.count({ where: { entityType: 'FACT', entityId: factId } })).toBe(2);
  });

  it('refuses an anonymous caller', async () => {
    const figure = await createFigure();
    const attribute = await createAttribute();
    const anonymous = null as never;
    expect((await rejection(saveFact({ actor: anonymous, input: fact(figure.id, attribute.id, 0, 'x') }))).code).toBe('UNAUTHORIZED');
    expect((await rejection(getFactEditor({ actor: anonymous, figureId: figure.id, attributeId: attribute.id }))).code).toBe('UNAUTHORIZED');
    expect((await rejection(listFigureFacts({ actor: anonymous, figureId: figure.id }))).code).toBe('UNAUTHORIZED');
    expect((await rejection(restoreFactRevision({ actor: anonymous, id: 1, version: 1, revisionVersion: 1 }))).code).toBe('UNAUTHORIZED');
    expect(await db.fact.count({ where: { figureId: figure.id } })).toBe(0);
  });
});

describe('attributes', () => {
  it('creates, renames with a version check, and restores an attribute', async () => {
    const actor = await createActor();
    const slug = unique('attr');
    const { id } = await createAttributeDefinition({ actor, input: { label: 'Born', slug, description: '', message: '' } });
    await updateAttribute({ actor, id, version: 1, input: { label: 'Date of birth', slug, description: 'When and where.', message: '' } });
    const stale = await rejection(updateAttribute({ actor, id, version: 1, input: { label: 'Birth', slug, description: '', message: '' } }));
    expect(stale.details?.conflict).toMatchObject({ version: 2, theirs: { label: 'Date of birth' } });
    expect((await listAttributes({ actor })).find((a) => a.id === id)).toMatchObject({ label: 'Date of birth', facts: 0, comparisons: 0 });

    await restoreAttributeRevision({ actor, id, version: 2, revisionVersion: 1 });
    expect(await getAttributeForEdit({ actor, id })).toMatchObject({ label: 'Born', version: 3 });
    expect((await listRevisions({ actor, entityType: 'ATTRIBUTE', entityId: id })).map((r) => r.version)).toEqual([3, 2, 1]);
    const actions = await db.auditEvent.findMany({ where: { targetType: 'attribute', targetId: String(id) }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['attribute.created', 'attribute.updated', 'attribute.restored']);
  });

  it('refuses a slug another attribute has', async () => {
    const actor = await createActor();
    const existing = await createAttribute({ label: 'Existing' });
    const error = await rejection(createAttributeDefinition({ actor, input: { label: 'New', slug: existing.slug, description: '', message: '' } }));
    expect(error.details?.fieldErrors).toEqual({ slug: [`The slug “${existing.slug}” is already used by the attribute “Existing”. Choose another.`] });
    expect((await rejection(listAttributes({ actor: null as never }))).code).toBe('UNAUTHORIZED');
  });
});
