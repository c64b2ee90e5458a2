'use client';

import { useActionState } from 'react';
import { ConflictNotice } from '@/components/admin/conflict-notice';
import { TextAreaField } from '@/components/ui/field';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { Field, FormMessage } from '@/components/ui/field';
import { createAttributeAction, updateAttributeAction } from '@/lib/actions/attributes';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';
import { ATTRIBUTE_FIELD_LABELS, attributeCreateSchema, attributeUpdateSchema } from '@/lib/validation/attributes';

export type AttributeFormValues = { id?: number; version?: number; label: string; slug: string; description: string };

/** Create or edit an attribute definition (a row label of comparison tables). */
export function AttributeForm({ attribute, initial = initialActionResult }: { attribute: AttributeFormValues; initial?: ActionResult }) {
  const isNew = attribute.id === undefined;
  const [state, action, pending] = useActionState(isNew ? createAttributeAction : updateAttributeAction, initial);
  const { formRef, clientErrors, onSubmit } = useFormValidation((formData) => schemaErrors(isNew ? attributeCreateSchema : attributeUpdateSchema, Object.fromEntries(formData)));
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values: Record<string, string> = { ...(attribute as unknown as Record<string, string>), ...state.values };
  const version = state.conflict?.version ?? Number(state.values?.version ?? attribute.version);
  const message = clientErrors ? 'Check the highlighted fields.' : state.message;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={message} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={ATTRIBUTE_FIELD_LABELS} noun="attribute" /> : null}
      {isNew ? null : (
        <>
          <input type="hidden" name="id" value={attribute.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <Field id="attribute-label" name="label" label="Label" required maxLength={80} defaultValue={values.label} errors={errors.label} hint="The row heading in comparison tables, e.g. “Years in Power”." />
      <Field id="attribute-slug" name="slug" label="Slug" maxLength={80} defaultValue={values.slug} errors={errors.slug} hint={isNew ? 'Leave empty to make it from the label.' : undefined} />
      <TextAreaField id="attribute-description" name="description" label="Description (optional)" maxLength={300} rows={3} defaultValue={values.description} errors={errors.description} hint="What the value should say, for editors." />
      <Field id="attribute-message" name="message" label="Note for the history (optional)" maxLength={300} defaultValue={values.message} errors={errors.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : isNew ? 'Create attribute' : 'Save attribute'}
      </button>
    </form>
  );
}
