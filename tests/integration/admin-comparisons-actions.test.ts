// The comparison actions as a form calls them: the signed-in user is stubbed, everything
// else (validation, lib/db, PostgreSQL) is real. What matters: nothing typed is lost.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { form } from './authorization/types';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({
  requireActor: async () => {
    if (!session.actor) throw new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.');
    return session.actor;
  },
}));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { url });
  },
}));

const { revalidatePath } = await import('next/cache');
const actions = await import('@/lib/actions/comparisons');
const { initialActionResult } = await import('@/lib/actions/result');
const { disconnectDb } = await import('@/lib/db/client');
const { getComparisonForEdit } = await import('@/lib/db/admin-comparisons');
const { createComparison, updateComparison } = await import('@/lib/db/comparison-saves');
const { createActor, createPair } = await import('../support/comparison-factories');

afterAll(() => disconnectDb());
beforeEach(() => vi.mocked(revalidatePath).mockClear());

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  expect(outcome).toEqual({ error: expect.objectContaining({ url: expect.any(String) }) });
  return (outcome as { error: { url: string } }).error.url;
}

async function setup() {
  const editor = await createActor('EDITOR', 'Ed Editor');
  session.actor = editor;
  const pair = await createPair();
  const target = await createComparison({ actor: editor, figureAId: pair.a.id, figureBId: pair.b.id });
  return { editor, ...pair, target };
}

describe('the comparison actions', () => {
  it('create: redirects to the new draft and refreshes its public URLs; a duplicate pair links the existing one', async () => {
    const editor = await createActor('EDITOR');
    session.actor = editor;
    const { a, b } = await createPair();
    const url = await redirectOf(actions.createComparisonAction(initialActionResult, form({ figureAId: a.id, figureBId: b.id })));
    expect(url).toMatch(/^\/admin\/comparisons\/\d+\?done=created$/);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/${a.slug}-vs-${b.slug}`);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/${b.slug}-vs-${a.slug}`);

    const again = await actions.createComparisonAction(initialActionResult, form({ figureAId: b.id, figureBId: a.id }));
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', existing: { id: Number(url.split('/')[3]!.split('?')[0]) }, values: { figureAId: String(b.id) } });

    const same = await actions.createComparisonAction(initialActionResult, form({ figureAId: a.id, figureBId: a.id }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { figureBId: ['Choose two different figures: a figure cannot be compared with itself.'] } });
  });

  it('save: invalid input comes back with the messages and every value typed', async () => {
    const { target } = await setup();
    const values = { id: target.id, version: 1, title: 'Mine', summary: 'My summary', 'sections.0.id': '', 'sections.0.heading': '  ', 'sections.0.body': 'A body', intent: 'save' };
    const result = await actions.updateComparisonAction(initialActionResult, form(values));
    expect(result).toMatchObject({ ok: false, message: 'Check the highlighted fields.', fieldErrors: { 'sections.0.heading': ['Give the section a heading.'] } });
    expect(result.values).toEqual({ id: String(target.id), version: '1', title: 'Mine', summary: 'My summary', 'sections.0.id': '', 'sections.0.heading': '  ', 'sections.0.body': 'A body' });
  });

  it('save: a stale version returns the conflict with their text, keeping the input', async () => {
    const { editor, target } = await setup();
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { title: null, summary: 'Theirs.', introduction: '', conclusion: '', rows: [], sections: [], categoryIds: [] } });
    const result = await actions.updateComparisonAction(initialActionResult, form({ id: target.id, version: 1, summary: 'Mine.', intent: 'save' }));
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', conflict: { version: 2, theirs: { summary: 'Theirs.' }, changedBy: 'Ed Editor' }, values: { summary: 'Mine.' } });

    // Saving again from their version (the form now carries it) goes through.
    const url = await redirectOf(actions.updateComparisonAction(result, form({ id: target.id, version: 2, summary: 'Merged.', intent: 'save' })));
    expect(url).toBe(`/admin/comparisons/${target.id}?done=saved&version=3`);
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))?.summary).toBe('Merged.');
  });

  it('row and section buttons change the working copy without saving (the form without JavaScript)', async () => {
    const { editor, target, attributes } = await setup();
    const values = { id: target.id, version: 1, summary: 'Typed, not saved', 'rows.0': attributes.shared.id, 'rows.1': attributes.onlyA.id, newRow: attributes.neither.id };
    const moved = await actions.updateComparisonAction(initialActionResult, form({ ...values, intent: 'row-down:0' }));
    expect(moved.values).toMatchObject({ summary: 'Typed, not saved', 'rows.0': String(attributes.onlyA.id), 'rows.1': String(attributes.shared.id) });
    expect(moved.focus?.[0]).toBe(`row-${attributes.shared.id}-down`);

    const added = await actions.updateComparisonAction(moved, form({ ...moved.values, newRow: attributes.neither.id, intent: 'row-add' }));
    expect(added.values?.['rows.2']).toBe(String(attributes.neither.id));
    const sectioned = await actions.updateComparisonAction(added, form({ ...added.values, intent: 'section-add' }));
    expect(sectioned.values).toMatchObject({ 'sections.0.heading': '', 'sections.0.body': '' });
    const previewed = await actions.updateComparisonAction(sectioned, form({ ...sectioned.values, intent: 'preview' }));
    expect(previewed).toMatchObject({ ok: true, preview: true });

    expect((await getComparisonForEdit({ actor: editor, id: target.id }))).toMatchObject({ version: 1, summary: '', rows: [] });
  });

  it('status and restore: guarded, then redirect with a confirmation', async () => {
    const { editor, target } = await setup();
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { title: null, summary: 'Ready.', introduction: '', conclusion: '', rows: [], sections: [], categoryIds: [] } });
    expect(await redirectOf(actions.publishComparisonAction(initialActionResult, form({ id: target.id, version: 2 })))).toBe(`/admin/comparisons/${target.id}?done=published`);
    expect(await actions.archiveComparisonAction(initialActionResult, form({ id: target.id, version: 2 }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    // Revision 1 has no summary, which a published page cannot lose; revision 2 has one.
    expect(await actions.restoreComparisonRevisionAction(initialActionResult, form({ id: target.id, version: 3, revision: 1 }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await redirectOf(actions.restoreComparisonRevisionAction(initialActionResult, form({ id: target.id, version: 3, revision: 2 })))).toBe(
      `/admin/comparisons/${target.id}/history?restored=2`,
    );

    session.actor = null;
    expect(await actions.unpublishComparisonAction(initialActionResult, form({ id: target.id, version: 4 }))).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))).toMatchObject({ version: 4, status: 'PUBLISHED' });
  });
});
