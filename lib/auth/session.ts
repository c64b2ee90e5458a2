import 'server-only';
import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getRedirectError } from 'next/dist/client/components/redirect';
import { RedirectStatusCode } from 'next/dist/client/components/redirect-status-code';
import { cache } from 'react';
import { AppError } from '../errors';
import { isPlainFormPost, keepUnsavedInput, loginAfterUnsavedForm } from '../kept-forms';
import { currentSessionUser } from './config';
import { clientIp } from './client-ip';
import type { Actor } from './actor';
import { can, type Permission } from './permissions';

export type { Actor };


/** The current, still-valid session's user (checked against the database), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await currentSessionUser();
  if (!user) return null;
  const { id, email, name, role, mustChangePassword } = user;
  return { id, email, name, role, mustChangePassword, ip: clientIp(await headers()) };
});

/**
 * For admin pages: the actor, or a redirect to the login page. A user who must change a
 * temporary password is sent to do that first. Without the permission: the denied page.
 * `keptField`: the page gives back what its form held when the session ended (lib/kept-forms.ts).
 */
export async function requirePageActor(permission: Permission, { from, keptField }: { from: string; keptField?: string }): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    // The page answering a form sent without JavaScript (a server action): a 303, so the browser
    // asks for the login page instead of sending the form to it again (a 307 would, and the
    // login page cannot take it), and the login page says the change was not saved.
    // What the form held comes back with the editor when it could be kept (lib/kept-forms.ts).
    if (isPlainFormPost()) {
      const login = loginAfterUnsavedForm(from, await keepUnsavedInput(from, keptField));
      throw getRedirectError(login, RedirectType.push, RedirectStatusCode.SeeOther);
    }
    redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  }
  if (actor.mustChangePassword && from !== '/admin/account') redirect('/admin/account?required=1');
  if (!can(actor.role, permission)) redirect('/admin/denied');
  return actor;
}

/**
 * For server actions and route handlers: the actor, or an AppError the caller turns into a
 * message. A user still on the temporary password an admin gave them may do nothing but
 * choose their own (`temporaryPassword: true`, the account page's actions), as the pages say.
 */
export async function requireActor(permission: Permission, { temporaryPassword = false }: { temporaryPassword?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.');
  if (actor.mustChangePassword && !temporaryPassword) throw new AppError('FORBIDDEN', 'Choose your own password first (Account page): your account still has its temporary one.');
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN', 'You do not have permission to do that.');
  return actor;
}
