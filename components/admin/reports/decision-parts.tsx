import type { ReactNode } from 'react';
import { FormMessage } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';
import { NOTICE_MAX } from '@/lib/validation/report-decisions';
import styles from './reports.module.css';

// Pieces every decision form shares. Rendering only; the forms own their state.

type Errors = Record<string, string[] | undefined>;

/** One decision, folded away until chosen; opened when it has something to say. */
export function DecisionBox({ title, open, children }: { title: string; open: boolean; children: ReactNode }) {
  return (
    <details className={styles.decision} open={open || undefined}>
      <summary>{title}</summary>
      <div className={styles['decision-body']}>{children}</div>
    </details>
  );
}

/** The decisions, as their forms name themselves (the `decision` field). */
export type DecisionKind = 'apply' | 'fixed' | 'reject' | 'duplicate' | 'spam';

/**
 * Which report, at which version: the decision is refused if it changed meanwhile. And which
 * decision, so that input kept for the editor's return goes back to its own form.
 */
export function DecisionKeys({ id, version, decision }: { id: number; version: number; decision: DecisionKind }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
}

/** The outcome of a refused decision; "already decided" links to the page showing the decision. */
export function DecisionMessage({ state, message, reportId }: { state: ActionResult; message?: string; reportId: number }) {
  const decidedElsewhere = state.code === 'CONFLICT' && !state.conflict;
  return (
    <>
      <FormMessage ok={false} message={message} />
      {decidedElsewhere ? (
        <p>
          <a href={`/admin/reports/${reportId}`}>Reload the report to see the decision</a>
        </p>
      ) : null}
    </>
  );
}

/** A box to tick before a destructive decision: checked by the action too, so it holds without JavaScript. */
export function ConfirmBox({ id, label, errors }: { id: string; label: string; errors?: string[] }) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <div className={styles.checkbox}>
        <input type="checkbox" id={id} name="confirm" value="yes" aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
        <label htmlFor={id}>{label}</label>
      </div>
      {errorId ? (
        <p className="field-error" id={errorId}>
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** "Publish a correction notice" and its text, when accepting. */
export function NoticeFields({ prefix, errors, values }: { prefix: string; errors: Errors; values: Record<string, string> }) {
  return (
    <fieldset className="stack-form">
      <legend>Correction notice (optional)</legend>
      <div className={styles.checkbox}>
        <input type="checkbox" id={`${prefix}-publish`} name="publishNotice" value="yes" defaultChecked={values.publishNotice === 'yes'} aria-describedby={`${prefix}-publish-hint`} />
        <label htmlFor={`${prefix}-publish`}>Publish a correction notice on the page</label>
      </div>
      <p className="field-hint" id={`${prefix}-publish-hint`}>
        Shown on the comparison page as “Correction, today’s date: your text” and listed at /corrections.
      </p>
      <TextAreaField id={`${prefix}-notice`} name="noticeText" label="Notice text" rows={2} maxLength={NOTICE_MAX} defaultValue={values.noticeText ?? ''} errors={errors.noticeText} />
    </fieldset>
  );
}
