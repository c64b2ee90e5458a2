'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';
import styles from './confirm-delete-form.module.css';

type Props = {
  /** The delete action: it reads `id`, `version` and `confirm` ("yes" once the box is ticked). */
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  id: number;
  version: number;
  confirmLabel: string;
  submitLabel: string;
  cancelHref?: string;
};

/** The last step of deleting something: a box to tick, then the button. Works without JavaScript. */
export function ConfirmDeleteForm({ action: deleteAction, id, version, confirmLabel, submitLabel, cancelHref }: Props) {
  const [state, action, pending] = useActionState(deleteAction, initialActionResult);
  const error = state.fieldErrors?.confirm;
  return (
    <form action={action} className="stack-form">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="checkbox-field">
        <input type="checkbox" id="delete-confirm" name="confirm" value="yes" required aria-invalid={error ? true : undefined} aria-describedby={error ? 'delete-confirm-error' : undefined} />
        <label htmlFor="delete-confirm">{confirmLabel}</label>
      </div>
      {error ? (
        <p className="field-error" id="delete-confirm-error">
          {error.join(' ')}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? 'Deleting…' : submitLabel}
        </button>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}
