'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn, signOut } from '../auth/config';
import { requireActor } from '../auth/session';
import { changeOwnPassword, signOutEverywhere } from '../db/users';
import { changePasswordSchema } from '../validation/account';
import { failure } from './failure';
import { type ActionResult } from './result';

export async function changePasswordAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  let email: string;
  let newPassword: string;
  try {
    const actor = await requireActor('content:edit', { temporaryPassword: true });
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, message: 'Check the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
    await changeOwnPassword({ actor, currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword });
    ({ email } = actor);
    ({ newPassword } = parsed.data);
  } catch (error) {
    return failure(error);
  }
  // The change ended every session, this one too: sign this one in again with the new password.
  await signIn('credentials', { email, password: newPassword, redirect: false });
  redirect('/admin/account?changed=1');
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor('content:edit', { temporaryPassword: true });
  await signOutEverywhere({ actor });
  await signOut({ redirectTo: '/login?signedOut=1' });
}
