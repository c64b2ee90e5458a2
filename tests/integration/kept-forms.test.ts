// What an editor typed into a form sent without JavaScript after their session had ended, kept for
// their return from the login page (lib/db/kept-forms.ts; the whole round trip is an e2e test).
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { KEPT_FORM_HOURS, keepForm, takeKeptForm } from '@/lib/db/kept-forms';
import { createTestUser } from '../support/signed-in';

afterAll(() => disconnectDb());

const HOUR = 60 * 60 * 1000;

describe('kept forms', () => {
  it('give the input back once, to its own page and its own editor only, by an id no one can guess', async () => {
    const [editor, other] = await Promise.all([createTestUser('EDITOR'), createTestUser('EDITOR')]);
    const values = { name: 'Ancient Rome', description: 'Typed in Ελληνικά and 日本語, with a \\ and a "quote".', version: '3' };
    const id = await keepForm({ userId: editor.id, path: '/admin/categories/7', values });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await takeKeptForm({ id, path: '/admin/categories/8', userId: editor.id })).toBeNull();
    expect(await takeKeptForm({ id, path: '/admin/categories/7', userId: other.id })).toBeNull();
    expect(await takeKeptForm({ id: 'not-a-uuid', path: '/admin/categories/7', userId: editor.id })).toBeNull();
    expect(await takeKeptForm({ id, path: '/admin/categories/7', userId: editor.id })).toEqual(values);
    // Once: a second visit (or a save after the first) finds nothing.
    expect(await takeKeptForm({ id, path: '/admin/categories/7', userId: editor.id })).toBeNull();
  });

  it(`keep input for ${KEPT_FORM_HOURS} hours, and delete older input when they keep more`, async () => {
    const editor = await createTestUser('EDITOR');
    const old = await keepForm({ userId: editor.id, path: '/admin/attributes/new', values: { label: 'Old' } });
    await db.keptForm.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - KEPT_FORM_HOURS * HOUR - 60_000) } });
    const stale = await keepForm({ userId: editor.id, path: '/admin/attributes/new', values: { label: 'Stale' } });
    expect(await db.keptForm.count({ where: { id: old } })).toBe(0);
    await db.keptForm.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - KEPT_FORM_HOURS * HOUR - 60_000) } });
    expect(await takeKeptForm({ id: stale, path: '/admin/attributes/new', userId: editor.id })).toBeNull();
  });
});
