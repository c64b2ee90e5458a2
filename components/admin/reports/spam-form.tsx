'use client';

import type { ActionResult } from '@/lib/actions/result';
import { markSpamReportAction } from '@/lib/actions/reports';
import { spamSchema } from '@/lib/validation/report-decisions';
import { ConfirmBox, DecisionBox, DecisionKeys, DecisionMessage } from './decision-parts';
import styles from './reports.module.css';
import { useDecisionForm } from './use-decision-form';

/** Mark as spam: hidden from the queue, counted against the sender's address, nobody emailed. */
export function SpamForm({ reportId, version, grouped, open, keptInput }: { reportId: number; version: number; grouped: number; open: boolean; keptInput?: ActionResult }) {
  const { state, formAction, pending, formRef, onSubmit, errors, message, hasOutcome } = useDecisionForm(markSpamReportAction, spamSchema, keptInput);
  return (
    <DecisionBox title="Mark as spam" open={open || hasOutcome}>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
        <DecisionMessage state={state} message={message} reportId={reportId} />
        <p>Spam is hidden from the queue. An address with several reports marked as spam cannot send new ones for a while. Nobody is emailed.</p>
        <DecisionKeys id={reportId} version={version} decision="spam" />
        <ConfirmBox
          id="spam-confirm"
          label={`Yes, this is spam${grouped ? ` (and so ${grouped === 1 ? 'is the report' : `are the ${grouped} reports`} grouped with it)` : ''}`}
          errors={errors.confirm}
        />
        <div className={styles.actions}>
          <button type="submit" className="button button-danger" disabled={pending}>
            {pending ? 'Saving…' : 'Mark as spam'}
          </button>
        </div>
      </form>
    </DecisionBox>
  );
}
