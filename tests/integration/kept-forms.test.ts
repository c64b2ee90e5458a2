// What an editor typed into a form sent without JavaScript after their session had ended, kept for
// their return from the login page (lib/db/kept-forms.ts; the whole round trip is an e2e test).
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { findKeptForm, keepForm, KEPT_FORM_HOURS } from '@/lib/db/kept-forms';

afterAll(() => disconnectDb());

const HOUR = 60 * 60 * 1000;

describe('kept forms', () => {
  it('gives the input back to its own page only, by an id no one can guess', async () => {
    const values = { name: 'Ancient Rome', description: 'Typed in Ελληνικά and 日本語, with a \\ and a "quote".', version: '3' };
    const id = await keepForm({ path: '/admin/categories/7', values });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await findKeptForm({ id, path: '/admin/categories/7' })).toEqual(values);
    expect(await findKeptForm({ id, path: '/admin/categories/8' })).toBeNull();
    expect(await findKeptForm({ id: 'not-a-uuid', path: '/admin/categories/7' })).toBeNull();
    expect(await findKeptForm({ id: id.replace(/.$/, (c) => (c === '0' ? '1' : '0')), path: '/admin/categories/7' })).toBeNull();
  });

  it(`keeps input for ${KEPT_FORM_HOURS} hours, and deletes older input when it keeps more`, async () => {
    const old = await keepForm({ path: '/admin/attributes/new', values: { label: 'Old' } });
    await db.keptForm.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - KEPT_FORM_HOURS * HOUR - 60_000) } });
    expect(await findKeptForm({ id: old, path: '/admin/attributes/new' })).toBeNull();
    expect(await db.keptForm.count({ where: { id: old } })).toBe(1);
    const recent = await keepForm({ path: '/admin/attributes/new', values: { label: 'Recent' } });
    expect(await db.keptForm.count({ where: { id: old } })).toBe(0);
    expect(await findKeptForm({ id: recent, path: '/admin/attributes/new' })).toEqual({ label: 'Recent' });
  });
});
