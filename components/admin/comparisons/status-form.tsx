'use client';

import { useActionState } from 'react';
import { archiveComparisonAction, publishComparisonAction, unpublishComparisonAction } from '@/lib/actions/comparisons';
import { initialActionResult } from '@/lib/actions/result';

const ACTIONS = { publish: publishComparisonAction, unpublish: unpublishComparisonAction, archive: archiveComparisonAction } as const;

/** One status change, based on the version the editor saw. Works without JavaScript. */
export function StatusForm({ kind, id, version, label, className = 'button' }: { kind: keyof typeof ACTIONS; id: number; version: number; label: string; className?: string }) {
  const [state, action, pending] = useActionState(ACTIONS[kind], initialActionResult);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={className} disabled={pending}>
        {label}
      </button>
      <span role="status" aria-live="polite" className={state.message ? 'form-message form-message-error' : 'form-message'}>
        {state.message}
        {state.code === 'CONFLICT' ? (
          <>
            {' '}
            <a href={`/admin/comparisons/${id}`}>Reload to see their changes</a>
          </>
        ) : null}
      </span>
    </form>
  );
}
