'use client';

import { useActionState } from 'react';
import { loginAction } from '@/lib/actions/auth';
import { initialActionResult } from '@/lib/actions/result';
import { Field, FormMessage } from '@/components/ui/field';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(loginAction, initialActionResult);
  return (
    <form action={action} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="login-email" name="email" label="Email" type="email" autoComplete="username" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field id="login-password" name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
