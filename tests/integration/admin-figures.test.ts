import { afterAll, describe, expect, it } from 'vitest';
import { getFigureForEdit, getFigureUsage, listAdminFigures } from '@/lib/db/admin-figures';
import { db, disconnectDb } from '@/lib/db/client';
import { resolveComparisonPath } from '@/lib/db/comparisons';
import { createFigure, deleteFigure, restoreFigureRevision, updateFigure } from '@/lib/db/figure-saves';
import { getRenamedFigureSlug } from '@/lib/db/figures';
import { listRevisions } from '@/lib/db/revisions';
import { AppError } from '@/lib/errors';
import { createComparison, createFigure as createSeedLikeFigure, madeUpWord, unique } from '../support/factories';
import { createActor, figureInput } from '../support/figure-factories';

afterAll(() => disconnectDb());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const revisionCount = (entityId: number) => db.revision.count({ where: { entityType: 'FIGURE', entityId } });

describe('figures in the admin area', () => {
  it('creates a figure with revision 1 and an audit event', async () => {
    const actor = await createActor();
    const input = figureInput({ message: 'First draft' });
    const saved = await createFigure({ actor, input });
    expect(saved).toMatchObject({ slug: input.slug, version: 1 });

    const revisions = await listRevisions({ actor, entityType: 'FIGURE', entityId: saved.id });
    expect(revisions).toEqual([expect.objectContaining({ version: 1, message: 'First draft', author: { name: actor.name, email: actor.email } })]);
    const events = await db.auditEvent.findMany({ where: { targetType: 'figure', targetId: String(saved.id) }, select: { action: true, actorId: true } });
    expect(events).toEqual([{ action: 'figure.created', actorId: actor.id }]);
  });

  it('saves from the current version, and refuses a stale one with the other version, changing nothing', async () => {
    const [alice, bob] = await Promise.all([createActor('EDITOR', 'Alice'), createActor('ADMIN', 'Bob')]);
    const input = figureInput();
    const { id } = await createFigure({ actor: alice, input });

    const first = await updateFigure({ actor: alice, id, version: 1, input: { ...input, description: 'Alice’s better description.' } });
    expect(first.version).toBe(2);

    const error = await rejection(updateFigure({ actor: bob, id, version: 1, input: { ...input, name: 'Bob’s name' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.conflict).toMatchObject({
      version: 2,
      theirs: { name: input.name, description: 'Alice’s better description.' },
      changedBy: 'Alice',
      changedAt: expect.any(String),
    });
    expect(await getFigureForEdit({ actor: bob, id })).toMatchObject({ version: 2, name: input.name, description: 'Alice’s better description.' });
    expect(await revisionCount(id)).toBe(2);
    expect(await db.auditEvent.count({ where: { targetType: 'figure', targetId: String(id), actorId: bob.id } })).toBe(0);
  });

  it('lets exactly one of 20 saves from the same version commit', async () => {
    const actor = await createActor();
    const input = figureInput();
    const { id } = await createFigure({ actor, input });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => updateFigure({ actor, id, version: 1, input: { ...input, description: `Save number ${i}.` } })));

    const committed = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof AppError && r.reason.code === 'CONFLICT');
    expect(committed).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(await revisionCount(id)).toBe(2);
    expect((await getFigureForEdit({ actor, id }))?.version).toBe(2);
  });

  it('restores an old revision as a new one, keeping every revision', async () => {
    const actor = await createActor();
    const input = figureInput({ description: 'The original description.' });
    const { id } = await createFigure({ actor, input });
    await updateFigure({ actor, id, version: 1, input: { ...input, name: 'Renamed', description: 'A rewritten description.' } });

    const restored = await restoreFigureRevision({ actor, id, version: 2, revisionVersion: 1 });
    expect(restored.version).toBe(3);
    expect(await getFigureForEdit({ actor, id })).toMatchObject({ version: 3, name: input.name, description: 'The original description.' });
    const revisions = await listRevisions({ actor, entityType: 'FIGURE', entityId: id });
    expect(revisions.map((r) => [r.version, r.message])).toEqual([
      [3, 'Restored version 1'],
      [2, null],
      [1, 'Created'],
    ]);
    expect(await db.auditEvent.count({ where: { targetType: 'figure', targetId: String(id), action: 'figure.restored' } })).toBe(1);

    // A restore is a save like any other: from a stale version it is refused.
    expect((await rejection(restoreFigureRevision({ actor, id, version: 2, revisionVersion: 2 }))).code).toBe('CONFLICT');
  });

  it('records the state of a figure that predates revisions before its first edit', async () => {
    const actor = await createActor();
    const legacy = await createSeedLikeFigure({ description: 'Seeded description.' });
    await updateFigure({ actor, id: legacy.id, version: 1, input: figureInput({ slug: legacy.slug, name: legacy.name, description: 'Edited description.' }) });
    const revisions = await listRevisions({ actor, entityType: 'FIGURE', entityId: legacy.id });
    expect(revisions.map((r) => [r.version, r.author?.name ?? null])).toEqual([
      [2, actor.name],
      [1, null],
    ]);
    await restoreFigureRevision({ actor, id: legacy.id, version: 2, revisionVersion: 1 });
    expect((await getFigureForEdit({ actor, id: legacy.id }))?.description).toBe('Seeded description.');
  });

  it('keeps old figure and comparison URLs working after a slug change', async () => {
    const actor = await createActor();
    const oldSlug = unique('old');
    const { id } = await createFigure({ actor, input: figureInput({ slug: oldSlug }) });
    const figure = await db.figure.findUniqueOrThrow({ where: { id } });
    const other = await createSeedLikeFigure();
    const comparison = await createComparison({ a: figure, b: other });
    expect(comparison.slug).toBe(`${oldSlug}-vs-${other.slug}`);

    const newSlug = unique('new');
    const saved = await updateFigure({ actor, id, version: 1, input: figureInput({ slug: newSlug, name: figure.name, description: figure.description }) });
    expect(saved).toMatchObject({ slug: newSlug, previousSlug: oldSlug, comparisons: [{ id: comparison.id, slug: `${newSlug}-vs-${other.slug}`, previousSlug: comparison.slug }] });

    expect(await db.figureSlugRedirect.findUnique({ where: { slug: oldSlug }, select: { figureId: true } })).toEqual({ figureId: id });
    expect((await db.comparison.findUniqueOrThrow({ where: { id: comparison.id } })).slug).toBe(`${newSlug}-vs-${other.slug}`);
    expect(await getRenamedFigureSlug({ slug: oldSlug })).toBe(newSlug);
    expect(await resolveComparisonPath({ slug: comparison.slug })).toEqual({ kind: 'redirect', slug: `${newSlug}-vs-${other.slug}` });
    expect(await resolveComparisonPath({ slug: `${other.slug}-vs-${oldSlug}` })).toEqual({ kind: 'redirect', slug: `${newSlug}-vs-${other.slug}` });

    // Renaming back makes the old slug the figure's own again, and the newer one redirects.
    await updateFigure({ actor, id, version: 2, input: figureInput({ slug: oldSlug, name: figure.name, description: figure.description }) });
    expect(await db.figureSlugRedirect.findMany({ where: { figureId: id }, select: { slug: true } })).toEqual([{ slug: newSlug }]);
    expect(await getRenamedFigureSlug({ slug: newSlug })).toBe(oldSlug);
  });

  it('refuses a slug another figure has, or had, with a clear message', async () => {
    const actor = await createActor();
    const taken = await createSeedLikeFigure({ name: 'Taken Figure' });
    const { id } = await createFigure({ actor, input: figureInput() });
    const error = await rejection(updateFigure({ actor, id, version: 1, input: figureInput({ slug: taken.slug }) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.fieldErrors).toEqual({ slug: [`The slug “${taken.slug}” is already used by “Taken Figure”. Choose another.`] });

    const creating = await rejection(createFigure({ actor, input: figureInput({ slug: taken.slug }) }));
    expect(creating.details?.fieldErrors).toHaveProperty('slug');

    const renamed = await createFigure({ actor, input: figureInput({ name: 'Renamed Figure' }) });
    const formerSlug = renamed.slug;
    await updateFigure({ actor, id: renamed.id, version: 1, input: figureInput({ name: 'Renamed Figure' }) });
    const stolen = await rejection(updateFigure({ actor, id, version: 1, input: figureInput({ slug: formerSlug }) }));
    expect(stolen.message).toBe(`The slug “${formerSlug}” used to belong to “Renamed Figure” and its old links still lead there. Choose another.`);
  });

  it('refuses to delete a figure used in a comparison, naming where; deletes an unused one', async () => {
    const actor = await createActor();
    const { id } = await createFigure({ actor, input: figureInput({ name: 'Used Figure' }) });
    const figure = await db.figure.findUniqueOrThrow({ where: { id } });
    const other = await createSeedLikeFigure({ name: 'Other Figure' });
    await createComparison({ a: figure, b: other, status: 'DRAFT' });

    const error = await rejection(deleteFigure({ actor, id, version: 1 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('“Used Figure” cannot be deleted because it is used in a comparison: Used Figure vs. Other Figure (draft). Remove it from that comparison first.');
    expect(await getFigureUsage({ actor, id })).toHaveLength(1);
    expect(await db.figure.count({ where: { id } })).toBe(1);

    const unused = await createFigure({ actor, input: figureInput() });
    expect((await rejection(deleteFigure({ actor, id: unused.id, version: 7 }))).code).toBe('CONFLICT');
    expect(await deleteFigure({ actor, id: unused.id, version: 1 })).toEqual({ id: unused.id, slug: unused.slug });
    expect(await db.figure.count({ where: { id: unused.id } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { targetType: 'figure', targetId: String(unused.id), action: 'figure.deleted' }, select: { actorId: true } })).toEqual({ actorId: actor.id });
    // The history outlives the figure.
    expect(await revisionCount(unused.id)).toBe(1);
  });

  it('lists figures by name with search, kind filter and pages that never overlap', async () => {
    const actor = await createActor();
    const word = madeUpWord();
    for (const [i, kind] of (['PERSON', 'PLACE', 'PERSON', 'THING', 'PERSON'] as const).entries()) {
      await createFigure({ actor, input: figureInput({ name: `${word} ${String.fromCharCode(69 - i)}`, kind }) });
    }
    await createFigure({ actor, input: figureInput({ name: `${word} A`, kind: 'PERSON' }) });
    const page1 = await listAdminFigures({ actor, query: word.toLowerCase(), kind: 'PERSON', page: 1, pageSize: 2 });
    const page2 = await listAdminFigures({ actor, query: word, kind: 'PERSON', page: 2, pageSize: 2 });
    expect(page1).toMatchObject({ total: 4, totalPages: 2 });
    expect([...page1.items, ...page2.items].map((f) => f.name)).toEqual([`${word} A`, `${word} A`, `${word} C`, `${word} E`]);
    expect(new Set([...page1.items, ...page2.items].map((f) => f.id)).size).toBe(4);
  });
});

describe('authorization at the data layer', () => {
  it('lets an editor and refuses an anonymous caller before touching data', async () => {
    const editor = await createActor('EDITOR');
    const { id } = await createFigure({ actor: editor, input: figureInput() });
    const anonymous = null as never;
    const calls = [
      () => listAdminFigures({ actor: anonymous }),
      () => getFigureForEdit({ actor: anonymous, id }),
      () => getFigureUsage({ actor: anonymous, id }),
      () => createFigure({ actor: anonymous, input: figureInput() }),
      () => updateFigure({ actor: anonymous, id, version: 1, input: figureInput() }),
      () => restoreFigureRevision({ actor: anonymous, id, version: 1, revisionVersion: 1 }),
      () => deleteFigure({ actor: anonymous, id, version: 1 }),
    ];
    for (const call of calls) expect((await rejection(call())).code).toBe('UNAUTHORIZED');
    expect(await getFigureForEdit({ actor: editor, id })).toMatchObject({ id, version: 1 });
    expect(await revisionCount(id)).toBe(1);
  });
});
