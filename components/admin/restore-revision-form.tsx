'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';

type Props = {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  cancelHref: string;
};

/** The confirmed restore: a button posting the version to restore, and a way back. */
export function RestoreRevisionForm({ action, fields, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionResult);
  const message = state.code === 'CONFLICT' ? 'Someone else saved a newer version in the meantime. Reload this page to see it, then choose again.' : state.message;
  return (
    <form action={formAction}>
      <FormMessage ok={state.ok} message={message} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="toolbar">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Restoring…' : `Restore version ${fields.revisionVersion}`}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
