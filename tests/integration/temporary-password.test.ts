// An account an admin has just made (or reset) holds a temporary password, and may do nothing
// but choose its own: the pages send it to the account page, and the actions refuse it too.
import { afterAll, describe, expect, it } from 'vitest';
import { changePasswordAction } from '@/lib/actions/account';
import { createAttributeAction } from '@/lib/actions/attributes';
import { initialActionResult } from '@/lib/actions/result';
import { db, disconnectDb } from '@/lib/db/client';
import { asUser, createTestUser } from '../support/signed-in';
import { form } from './authorization/types';

afterAll(() => disconnectDb());

describe('an account still on its temporary password', () => {
  it('is refused a content change, and nothing is saved', async () => {
    const user = await createTestUser('EDITOR', { mustChangePassword: true });
    const slug = `temporary-${Date.now()}`;
    const result = await asUser(user, () => createAttributeAction(initialActionResult, form({ label: 'Made with a temporary password', slug })));
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('Choose your own password first') });
    expect(await db.attribute.count({ where: { slug } })).toBe(0);
  });

  it('may still choose its own password (the form is checked, not refused)', async () => {
    const user = await createTestUser('EDITOR', { mustChangePassword: true });
    const result = await asUser(user, () => changePasswordAction(initialActionResult, form({})));
    expect(result).toMatchObject({ ok: false, message: 'Check the highlighted fields.' });
  });
});
