'use client';

import type { ActionResult } from '@/lib/actions/result';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Field } from '@/components/ui/field';
import { acceptFixedReportAction } from '@/lib/actions/reports';
import { acceptFixedSchema, RESOLUTION_MAX } from '@/lib/validation/report-decisions';
import { DecisionBox, DecisionKeys, DecisionMessage, NoticeFields } from './decision-parts';
import styles from './reports.module.css';
import { useDecisionForm } from './use-decision-form';

export type RevisionChoice = { id: number; text: string };

/** Accept a report that was fixed by hand, linked to the revision that fixed it. */
export function AcceptFixedForm({ reportId, version, revisions, open, keptInput }: { reportId: number; version: number; revisions: RevisionChoice[]; open: boolean; keptInput?: ActionResult }) {
  const { state, formAction, pending, formRef, onSubmit, errors, values, message, hasOutcome } = useDecisionForm(acceptFixedReportAction, acceptFixedSchema, keptInput);
  return (
    <DecisionBox title="Accept as fixed by hand" open={open || hasOutcome}>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
        <DecisionMessage state={state} message={message} reportId={reportId} />
        <p>Fix the page first (figures, facts or the comparison), then link the revision that made the fix.</p>
        <DecisionKeys id={reportId} version={version} decision="fixed" />
        <SelectField id="fixed-revision" name="revisionId" label="Revision that fixed it" defaultValue={values.revisionId ?? ''} errors={errors.revisionId}>
          <option value="">Choose a revision</option>
          {revisions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.text}
            </option>
          ))}
          <option value="other">Another revision, by its number (below)</option>
        </SelectField>
        <Field
          id="fixed-other"
          name="otherRevisionId"
          label="Revision number (for another revision)"
          inputMode="numeric"
          maxLength={10}
          defaultValue={values.otherRevisionId ?? ''}
          errors={errors.otherRevisionId}
          hint="The number shown as “revision #…” in a history."
        />
        <TextAreaField id="fixed-resolution" name="resolution" label="Note to the reader (optional)" rows={2} maxLength={RESOLUTION_MAX} defaultValue={values.resolution ?? ''} errors={errors.resolution} hint="Shown on the reader’s tracking page and in their email." />
        <NoticeFields prefix="fixed" errors={errors} values={values} />
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Accepting…' : 'Accept as fixed'}
          </button>
        </div>
      </form>
    </DecisionBox>
  );
}
