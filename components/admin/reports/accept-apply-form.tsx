'use client';

import { ConflictNotice } from '@/components/admin/conflict-notice';
import { TextAreaField } from '@/components/ui/field';
import { Field } from '@/components/ui/field';
import { acceptReportAction } from '@/lib/actions/reports';
import type { ActionResult } from '@/lib/actions/result';
import { acceptApplySchema, RESOLUTION_MAX, VALUE_MAX } from '@/lib/validation/report-decisions';
import { DecisionBox, DecisionKeys, DecisionMessage, NoticeFields } from './decision-parts';
import styles from './reports.module.css';
import { useDecisionForm } from './use-decision-form';

const CONFLICT_LABELS = { value: 'Value', sourceUrl: 'Source link' };

type Props = {
  reportId: number;
  version: number;
  side: 'A' | 'B';
  figureName: string;
  attributeLabel: string;
  /** The fact as the page shows it now (null: the figure has no value yet). */
  fact: { version: number; value: string; sourceUrl: string | null } | null;
  suggestedValue: string | null;
  readerSource: string | null;
  open: boolean;
  /** Input kept from this decision sent without JavaScript as the session ended. */
  keptInput?: ActionResult;
};

/**
 * Accept a row report and apply the value, editable first, as a new version of the fact. Based
 * on the fact's version shown here: if someone saved the fact since, both versions are shown.
 */
export function AcceptApplyForm({ reportId, version, side, figureName, attributeLabel, fact, suggestedValue, readerSource, open, keptInput }: Props) {
  const { state, formAction, pending, formRef, onSubmit, errors, values: kept, message, hasOutcome } = useDecisionForm(acceptReportAction, acceptApplySchema, keptInput);
  const values: Record<string, string> = { value: suggestedValue ?? fact?.value ?? '', sourceUrl: readerSource ?? fact?.sourceUrl ?? '', ...kept };
  const factVersion = state.conflict?.version ?? Number(state.values?.factVersion ?? fact?.version ?? 0);
  return (
    <DecisionBox title={`Accept and apply to ${attributeLabel} of ${figureName}`} open={open || hasOutcome}>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack-form" noValidate>
        <DecisionMessage state={state} message={message} reportId={reportId} />
        {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={CONFLICT_LABELS} noun="fact" /> : null}
        <DecisionKeys id={reportId} version={version} decision="apply" />
        <input type="hidden" name="side" value={side} />
        <input type="hidden" name="factVersion" value={factVersion} />
        <TextAreaField
          id="apply-value"
          name="value"
          label={`New value of ${attributeLabel} for ${figureName}`}
          rows={2}
          maxLength={VALUE_MAX}
          defaultValue={values.value}
          errors={errors.value}
          hint={fact ? `Now: “${fact.value}”. Saved as version ${factVersion + 1} of the fact; every page showing it changes at once.` : 'The figure has no value for this yet; this adds it.'}
        />
        <Field id="apply-source" name="sourceUrl" label="Source link for the value (optional)" inputMode="url" maxLength={2000} defaultValue={values.sourceUrl} errors={errors.sourceUrl} />
        <TextAreaField id="apply-resolution" name="resolution" label="Note to the reader (optional)" rows={2} maxLength={RESOLUTION_MAX} defaultValue={values.resolution ?? ''} errors={errors.resolution} hint="Shown on the reader’s tracking page and in their email." />
        <NoticeFields prefix="apply" errors={errors} values={values} />
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Applying…' : 'Accept and apply'}
          </button>
        </div>
      </form>
    </DecisionBox>
  );
}
