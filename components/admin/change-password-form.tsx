'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/actions/account';
import { initialActionResult } from '@/lib/actions/result';
import { Field, FormMessage } from '@/components/ui/field';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initialActionResult);
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="current-password" name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <Field
        id="new-password"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={128}
        hint="12 to 128 characters. A few unrelated words make a strong, memorable password."
        errors={state.fieldErrors?.newPassword}
      />
      <Field id="confirm-password" name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
