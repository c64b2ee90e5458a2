'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { restoreComparisonRevisionAction } from '@/lib/actions/comparisons';
import { initialActionResult } from '@/lib/actions/result';
import { LIMITS } from '@/lib/validation/comparisons';

type Props = { id: number; version: number; revision: number; cancelHref: string };

/** The confirmation step of a restore: its own page, so it works without JavaScript. */
export function RestoreForm({ id, version, revision, cancelHref }: Props) {
  const [state, action, pending] = useActionState(restoreComparisonRevisionAction, initialActionResult);
  return (
    <form action={action} className="stack-form">
      <FormMessage ok={state.ok} message={state.message} />
      {state.code === 'CONFLICT' ? (
        <p>
          <a href="">Reload this page</a> to see what restoring would change now.
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <Field id="restore-message" name="message" label="Note for the history (optional)" maxLength={LIMITS.message} defaultValue={state.values?.message} errors={state.fieldErrors?.message} />
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Restoring…' : `Restore version ${revision}`}
        </button>{' '}
        <Link href={cancelHref}>Cancel</Link>
      </p>
    </form>
  );
}
