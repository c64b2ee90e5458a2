'use client';

import { useActionState } from 'react';
import { ConflictNotice } from '@/components/admin/conflict-notice';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { Field, FormMessage, TextAreaField } from '@/components/ui/field';
import { createCategoryAction, updateCategoryAction } from '@/lib/actions/categories';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';
import { CATEGORY_FIELD_LABELS, categoryCreateSchema, categoryUpdateSchema } from '@/lib/validation/categories';

export type CategoryFormValues = { id?: number; version?: number; name: string; slug: string; description: string };

/** Create or edit a category (a public listing of comparisons, /categories/{slug}). */
export function CategoryForm({ category, initial = initialActionResult }: { category: CategoryFormValues; initial?: ActionResult }) {
  const isNew = category.id === undefined;
  const [state, action, pending] = useActionState(isNew ? createCategoryAction : updateCategoryAction, initial);
  const { formRef, clientErrors, onSubmit } = useFormValidation((formData) => schemaErrors(isNew ? categoryCreateSchema : categoryUpdateSchema, Object.fromEntries(formData)));
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values: Record<string, string> = { ...(category as unknown as Record<string, string>), ...state.values };
  const version = state.conflict?.version ?? Number(state.values?.version ?? category.version);
  const message = clientErrors ? 'Check the highlighted fields.' : state.message;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="stack-form" noValidate>
      <FormMessage ok={state.ok} message={message} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={CATEGORY_FIELD_LABELS} noun="category" /> : null}
      {isNew ? null : (
        <>
          <input type="hidden" name="id" value={category.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <Field id="category-name" name="name" label="Name" required maxLength={80} defaultValue={values.name} errors={errors.name} hint="As readers see it, e.g. “History & Politics”." />
      <Field
        id="category-slug"
        name="slug"
        label="Slug"
        maxLength={80}
        defaultValue={values.slug}
        errors={errors.slug}
        hint={isNew ? 'The address: /categories/slug. Leave empty to make it from the name.' : 'The address: /categories/slug. Old addresses keep redirecting after a change.'}
      />
      <TextAreaField id="category-description" name="description" label="Description (optional)" maxLength={500} rows={3} defaultValue={values.description} errors={errors.description} hint="One or two sentences under the category’s name, also its page’s description for search engines." />
      <Field id="category-message" name="message" label="Note for the history (optional)" maxLength={300} defaultValue={values.message} errors={errors.message} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : isNew ? 'Create category' : 'Save category'}
      </button>
    </form>
  );
}
