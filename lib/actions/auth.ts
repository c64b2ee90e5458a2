'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn, signOut } from '../auth/config';
import { getActor } from '../auth/session';
import { recordAuditEvent } from '../db/audit';
import { loginSchema } from '../validation/auth';
import { formValues, type ActionResult } from './result';

/** Where to go after signing in: only paths inside this site. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === 'string' ? value : '';
  return /^\/(?!\/)[^\s\\]*$/.test(path) && !path.startsWith('/login') ? path : '/admin';
}

export async function loginAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ['password']);
  const parsed = loginSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) {
    return { ok: false, message: 'Check the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const limited = /^rate_limited:(\d+)$/.exec(error.code);
      const message = limited
        ? `Too many failed attempts. Try again in ${limited[1]} ${limited[1] === '1' ? 'minute' : 'minutes'}.`
        : 'That email and password do not match an active account.';
      return { ok: false, message, values };
    }
    if (error instanceof AuthError) {
      console.error(error);
      return { ok: false, message: 'We could not sign you in just now. Please try again.', values };
    }
    throw error;
  }
  redirect(safeCallback(formData.get('callbackUrl')));
}

export async function logoutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await recordAuditEvent({ actor, action: 'auth.logout', ip: actor.ip, targetType: 'user', targetId: actor.id });
  await signOut({ redirectTo: '/login?signedOut=1' });
}
