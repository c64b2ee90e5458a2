'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { deleteFigureAction } from '@/lib/actions/figures';
import { initialActionResult } from '@/lib/actions/result';
import styles from './figures.module.css';

/** The last step of deleting: a box to tick, then the button. Works without JavaScript. */
export function DeleteFigureForm({ id, version, name }: { id: number; version: number; name: string }) {
  const [state, action, pending] = useActionState(deleteFigureAction, initialActionResult);
  const error = state.fieldErrors?.confirm;
  return (
    <form action={action} className="stack-form">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className={styles.checkbox}>
        <input type="checkbox" id="delete-confirm" name="confirm" value="yes" required aria-invalid={error ? true : undefined} aria-describedby={error ? 'delete-confirm-error' : undefined} />
        <label htmlFor="delete-confirm">Yes, delete “{name}” and its facts</label>
      </div>
      {error ? (
        <p className="field-error" id="delete-confirm-error">
          {error.join(' ')}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? 'Deleting…' : 'Delete figure'}
        </button>
        <Link href={`/admin/figures/${id}`}>Cancel</Link>
      </div>
    </form>
  );
}
