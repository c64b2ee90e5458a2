'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { createUserAction, type TemporaryPasswordResult } from '@/lib/actions/users';
import { Field, FormMessage } from '@/components/ui/field';
import { createUserSchema } from '@/lib/validation/users';
import { TemporaryPasswordNotice } from './temporary-password';
import { useSchemaValidation } from './use-schema-validation';

const empty: TemporaryPasswordResult = { ok: false };

/**
 * Each round is a fresh form: after an account is created, "Create another" starts over. The first
 * starts from `initial` when the page has one (input kept when a session ended, lib/kept-forms.ts).
 */
export function CreateUser({ initial }: { initial?: ActionResult }) {
  const [round, setRound] = useState(0);
  return <CreateUserForm key={round} initial={round === 0 ? (initial ?? empty) : empty} onAnother={() => setRound((r) => r + 1)} />;
}

function CreateUserForm({ initial, onAnother }: { initial: TemporaryPasswordResult; onAnother: () => void }) {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const { errors, onSubmit } = useSchemaValidation(createUserSchema, state.fieldErrors);
  if (state.ok && state.temporaryPassword) {
    return (
      <>
        <FormMessage ok message={state.message} />
        <TemporaryPasswordNotice temporaryPassword={state.temporaryPassword}>
          <Link
            href="/admin/users/new"
            onClick={(event) => {
              event.preventDefault();
              onAnother();
            }}
          >
            Create another account
          </Link>
          <Link href="/admin/users">Back to all users</Link>
        </TemporaryPasswordNotice>
      </>
    );
  }
  const roleErrorId = errors.role?.length ? 'new-user-role-error' : undefined;
  return (
    <form action={action} onSubmit={onSubmit} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="new-user-email" name="email" label="Email" type="email" autoComplete="off" required maxLength={254} defaultValue={state.values?.email} errors={errors.email} />
      <Field id="new-user-name" name="name" label="Name" type="text" autoComplete="off" required maxLength={100} defaultValue={state.values?.name} errors={errors.name} />
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <p className="field-hint" id="new-user-role-hint">
          Editors write and publish content. Admins also manage accounts and read the audit log.
        </p>
        <select
          id="new-user-role"
          name="role"
          defaultValue={state.values?.role ?? 'EDITOR'}
          aria-invalid={roleErrorId ? true : undefined}
          aria-describedby={['new-user-role-hint', roleErrorId].filter(Boolean).join(' ')}
        >
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Admin</option>
        </select>
        {roleErrorId ? (
          <p className="field-error" id={roleErrorId}>
            {errors.role!.join(' ')}
          </p>
        ) : null}
      </div>
      <p className="field-hint">A temporary password is generated and shown once; the person chooses their own at first sign-in.</p>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
