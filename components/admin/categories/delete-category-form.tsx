'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { deleteCategoryAction } from '@/lib/actions/categories';
import { initialActionResult } from '@/lib/actions/result';
import styles from './categories.module.css';

/** Deleting an unused category: a box to tick, then the button. Works without JavaScript. */
export function DeleteCategoryForm({ id, version, name }: { id: number; version: number; name: string }) {
  const [state, action, pending] = useActionState(deleteCategoryAction, initialActionResult);
  const error = state.fieldErrors?.confirm;
  return (
    <form action={action} className="stack-form">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className={styles.checkbox}>
        <input type="checkbox" id="category-delete-confirm" name="confirm" value="yes" required aria-invalid={error ? true : undefined} aria-describedby={error ? 'category-delete-confirm-error' : undefined} />
        <label htmlFor="category-delete-confirm">Yes, delete “{name}”</label>
      </div>
      {error ? (
        <p className="field-error" id="category-delete-confirm-error">
          {error.join(' ')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? 'Deleting…' : 'Delete category'}
        </button>
      </div>
    </form>
  );
}
