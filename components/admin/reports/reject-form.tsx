'use client';

import type { ActionResult } from '@/lib/actions/result';
import { TextAreaField } from '@/components/ui/field';
import { rejectReportAction } from '@/lib/actions/reports';
import { RESOLUTION_MAX, rejectSchema } from '@/lib/validation/report-decisions';
import { ConfirmBox, DecisionBox, DecisionKeys, DecisionMessage } from './decision-parts';
import styles from './reports.module.css';
import { useDecisionForm } from './use-decision-form';

/** Reject, with the reason the reader will see. Asks for a ticked box first. */
export function RejectForm({ reportId, version, grouped, open, keptInput }: { reportId: number; version: number; grouped: number; open: boolean; keptInput?: ActionResult }) {
  const { state, formAction, pending, formRef, onSubmit, errors, values, message, hasOutcome } = useDecisionForm(rejectReportAction, rejectSchema, keptInput);
  return (
    <DecisionBox title="Reject" open={open || hasOutcome}>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
        <DecisionMessage state={state} message={message} reportId={reportId} />
        <DecisionKeys id={reportId} version={version} decision="reject" />
        <TextAreaField
          id="reject-reason"
          name="resolution"
          label="Reason the reader will see"
          rows={3}
          maxLength={RESOLUTION_MAX}
          defaultValue={values.resolution ?? ''}
          errors={errors.resolution}
          hint="Shown on the reader’s tracking page and in their email. Be specific and kind."
        />
        <ConfirmBox
          id="reject-confirm"
          label={`Yes, reject this report${grouped ? ` and the ${grouped === 1 ? 'report' : `${grouped} reports`} grouped with it` : ''}: the page stays as it is`}
          errors={errors.confirm}
        />
        <div className={styles.actions}>
          <button type="submit" className="button button-danger" disabled={pending}>
            {pending ? 'Rejecting…' : 'Reject report'}
          </button>
        </div>
      </form>
    </DecisionBox>
  );
}
