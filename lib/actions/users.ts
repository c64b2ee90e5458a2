'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '../auth/session';
import { changeUserRole, createUser, disableUser, enableUser, resetUserPassword } from '../db/user-management';
import { changeRoleSchema, createUserSchema, userTargetSchema } from '../validation/users';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

// Admins managing accounts (/admin/users). Each action: guard, parse, lib/db call (which checks
// the permission again and audits), then redirect to the account with a confirmation, outside
// any try. Creating an account and resetting a password answer with the temporary password
// instead of redirecting: it is shown once, in that answer, and stored nowhere but as a hash.

/** The temporary password of a created or reset account, for the admin to pass on. */
export type TemporaryPassword = { userId: number; email: string; name: string; password: string };

export type TemporaryPasswordResult = ActionResult & { temporaryPassword?: TemporaryPassword };

export async function createUserAction(_previous: TemporaryPasswordResult, formData: FormData): Promise<TemporaryPasswordResult> {
  const values = formValues(formData);
  try {
    const actor = await requireActor('users:manage');
    const parsed = createUserSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const { user, temporaryPassword } = await createUser({ actor, ...parsed.data });
    return {
      ok: true,
      message: `Account created for ${user.name} (${user.role === 'ADMIN' ? 'admin' : 'editor'}).`,
      temporaryPassword: { userId: user.id, email: user.email, name: user.name, password: temporaryPassword },
    };
  } catch (error) {
    return failure(error, values);
  }
}

export async function changeUserRoleAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const actor = await requireActor('users:manage');
    const parsed = changeRoleSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await changeUserRole({ actor, ...parsed.data }));
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/admin/users/${id}?saved=role`);
}

export async function disableUserAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const actor = await requireActor('users:manage');
    const parsed = userTargetSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await disableUser({ actor, id: parsed.data.id }));
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/admin/users/${id}?saved=disabled`);
}

export async function enableUserAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const actor = await requireActor('users:manage');
    const parsed = userTargetSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await enableUser({ actor, id: parsed.data.id }));
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/admin/users/${id}?saved=enabled`);
}

export async function resetUserPasswordAction(_previous: TemporaryPasswordResult, formData: FormData): Promise<TemporaryPasswordResult> {
  const values = formValues(formData);
  try {
    const actor = await requireActor('users:manage');
    const parsed = userTargetSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const { user, temporaryPassword } = await resetUserPassword({ actor, id: parsed.data.id });
    return {
      ok: true,
      message: `${user.name} has a new temporary password and has been signed out everywhere.`,
      temporaryPassword: { userId: user.id, email: user.email, name: user.name, password: temporaryPassword },
    };
  } catch (error) {
    return failure(error, values);
  }
}
