'use client';

import { useActionState } from 'react';
import { ConflictNotice } from '@/components/admin/conflict-notice';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { Field, FormMessage } from '@/components/ui/field';
import { saveFactAction } from '@/lib/actions/facts';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';
import { FACT_FIELD_LABELS, factSchema } from '@/lib/validation/facts';
import { TextAreaField } from '@/components/ui/field';

export type FactFormValues = { figureId: number; attributeId: number; version: number; value: string; sourceUrl: string; note: string; verifiedAt: string };

/** Adds or edits one fact; `impact` says which published pages the save changes. */
export function FactForm({ fact, attributeLabel, impact, initial = initialActionResult }: { fact: FactFormValues; attributeLabel: string; impact: string; initial?: ActionResult }) {
  const [state, action, pending] = useActionState(saveFactAction, initial);
  const { formRef, clientErrors, onSubmit } = useFormValidation((formData) => schemaErrors(factSchema, Object.fromEntries(formData)));
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values: Record<string, string> = { ...(fact as unknown as Record<string, string>), ...state.values };
  const version = state.conflict?.version ?? Number(state.values?.version ?? fact.version);
  const message = clientErrors ? 'Check the highlighted fields.' : state.message;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={message} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={FACT_FIELD_LABELS} noun="fact" /> : null}
      <input type="hidden" name="figureId" value={fact.figureId} />
      <input type="hidden" name="attributeId" value={fact.attributeId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="fact-value" name="value" label={attributeLabel} required maxLength={1000} rows={3} defaultValue={values.value} errors={errors.value} />
      <Field id="fact-source" name="sourceUrl" label="Source link (optional)" inputMode="url" maxLength={2000} defaultValue={values.sourceUrl} errors={errors.sourceUrl} hint="Where a reader can check it: https://…" />
      <TextAreaField id="fact-note" name="note" label="Note (optional)" maxLength={1000} rows={2} defaultValue={values.note} errors={errors.note} hint="Shown under the value, e.g. which calendar a date uses." />
      <Field id="fact-verified" name="verifiedAt" label="Last verified (optional)" type="date" defaultValue={values.verifiedAt} errors={errors.verifiedAt} />
      <Field id="fact-message" name="message" label="Note for the history (optional)" maxLength={300} defaultValue={values.message} errors={errors.message} />
      <p className="field-hint">{impact}</p>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : fact.version === 0 ? 'Add fact' : 'Save fact'}
      </button>
    </form>
  );
}
