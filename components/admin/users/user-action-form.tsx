'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import type { TemporaryPasswordResult } from '@/lib/actions/users';
import { FormMessage } from '@/components/ui/field';
import { changeRoleSchema, userTargetSchema } from '@/lib/validation/users';
import { TemporaryPasswordNotice } from './temporary-password';
import { useSchemaValidation } from './use-schema-validation';
import styles from './users.module.css';

type Props = {
  action: (previous: TemporaryPasswordResult, formData: FormData) => Promise<TemporaryPasswordResult | ActionResult>;
  userId: number;
  /** For a role change: the role to give. */
  role?: 'EDITOR' | 'ADMIN';
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Shown next to the button, e.g. the "Cancel" link of a confirmation step. */
  children?: ReactNode;
};

const initial: TemporaryPasswordResult = { ok: false };

/**
 * One button that changes an account (role, disable, enable, reset password). Errors, such as
 * "the last active admin", appear above it; a reset password's temporary password replaces it.
 */
export function UserActionForm({ action, userId, role, label, pendingLabel, variant = 'primary', children }: Props) {
  const [state, formAction, pending] = useActionState(action as (previous: TemporaryPasswordResult, formData: FormData) => Promise<TemporaryPasswordResult>, initial);
  const { onSubmit } = useSchemaValidation(role ? changeRoleSchema : userTargetSchema, state.fieldErrors);
  if (state.ok && state.temporaryPassword) {
    return (
      <>
        <FormMessage ok message={state.message} />
        <TemporaryPasswordNotice temporaryPassword={state.temporaryPassword} />
      </>
    );
  }
  const buttonClass = variant === 'danger' ? 'button button-danger' : variant === 'secondary' ? 'button button-secondary' : 'button';
  return (
    <form action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={userId} />
      {role ? <input type="hidden" name="role" value={role} /> : null}
      <div className={styles.actions}>
        <button className={buttonClass} type="submit" disabled={pending}>
          {pending ? pendingLabel : label}
        </button>
        {children}
      </div>
    </form>
  );
}
