'use client';

import type { ActionResult } from '@/lib/actions/result';
import { SelectField } from '@/components/ui/field';
import { markDuplicateReportAction } from '@/lib/actions/reports';
import { duplicateSchema } from '@/lib/validation/report-decisions';
import { ConfirmBox, DecisionBox, DecisionKeys, DecisionMessage } from './decision-parts';
import styles from './reports.module.css';
import { useDecisionForm } from './use-decision-form';

export type DuplicateChoice = { id: number; text: string };

/** Mark as a duplicate of another report on the same comparison. */
export function DuplicateForm({ reportId, version, choices, open, keptInput }: { reportId: number; version: number; choices: DuplicateChoice[]; open: boolean; keptInput?: ActionResult }) {
  const { state, formAction, pending, formRef, onSubmit, errors, values, message, hasOutcome } = useDecisionForm(markDuplicateReportAction, duplicateSchema, keptInput);
  return (
    <DecisionBox title="Mark as a duplicate" open={open || hasOutcome}>
      {choices.length === 0 ? (
        <p>There is no other report on this comparison to point to.</p>
      ) : (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
          <DecisionMessage state={state} message={message} reportId={reportId} />
          <DecisionKeys id={reportId} version={version} decision="duplicate" />
          <SelectField id="duplicate-of" name="duplicateOfId" label="The report this one repeats" defaultValue={values.duplicateOfId ?? ''} errors={errors.duplicateOfId}>
            <option value="">Choose a report</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </SelectField>
          <ConfirmBox id="duplicate-confirm" label="Yes, this report repeats the one chosen" errors={errors.confirm} />
          <div className={styles.actions}>
            <button type="submit" className="button button-secondary" disabled={pending}>
              {pending ? 'Saving…' : 'Mark as duplicate'}
            </button>
          </div>
        </form>
      )}
    </DecisionBox>
  );
}
