'use client';

import { useActionState } from 'react';
import { ConflictNotice } from '@/components/admin/conflict-notice';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { Field, FormMessage } from '@/components/ui/field';
import { createFigureAction, updateFigureAction } from '@/lib/actions/figures';
import { initialActionResult } from '@/lib/actions/result';
import { FIGURE_FIELD_LABELS, FIGURE_KINDS, FIGURE_KIND_LABELS, figureCreateSchema, figureFormInput, figureUpdateSchema, photoSizeProblem, PHOTO_TYPES } from '@/lib/validation/figures';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { PhotoFields, type CurrentPhoto } from './photo-fields';
import styles from './figures.module.css';

export type FigureFormValues = {
  id?: number;
  version?: number;
  name: string;
  slug: string;
  kind: string;
  description: string;
  photoAlt: string;
  photoCreditName: string;
  photoCreditUrl: string;
  photoSourceName: string;
  photoSourceUrl: string;
  photoLicense: string;
};

function validate(formData: FormData, isNew: boolean) {
  const errors = schemaErrors(isNew ? figureCreateSchema : figureUpdateSchema, figureFormInput(formData)) ?? {};
  const photo = formData.get('photo');
  const problem = photo instanceof File && photo.size > 0 ? photoSizeProblem(photo) : null;
  if (problem) errors.photo = [problem];
  else if (photo instanceof File && photo.size > 0 && photo.type && !(PHOTO_TYPES as readonly string[]).includes(photo.type)) {
    errors.photo = ['Choose a JPEG, PNG, WebP or AVIF image.'];
  }
  return Object.keys(errors).length ? errors : null;
}

/** Create or edit a figure: name, slug, kind, description and the photo with its credit. */
export function FigureForm({ figure, photo }: { figure: FigureFormValues; photo: CurrentPhoto | null }) {
  const isNew = figure.id === undefined;
  const [state, action, pending] = useActionState(isNew ? createFigureAction : updateFigureAction, initialActionResult);
  const { formRef, clientErrors, onSubmit } = useFormValidation((formData) => validate(formData, isNew));
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values: Record<string, string> = { ...(figure as unknown as Record<string, string>), ...state.values };
  // After a conflict the form is based on the version now stored, so the next save can succeed.
  const version = state.conflict?.version ?? Number(state.values?.version ?? figure.version);
  const message = clientErrors ? 'Check the highlighted fields.' : state.message;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className={`stack-form ${styles.form}`} noValidate>
      <FormMessage ok={state.ok} message={message} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={FIGURE_FIELD_LABELS} noun="figure" /> : null}
      {isNew ? null : (
        <>
          <input type="hidden" name="id" value={figure.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <Field id="figure-name" name="name" label="Name" required maxLength={120} defaultValue={values.name} errors={errors.name} />
      <Field
        id="figure-slug"
        name="slug"
        label="Slug"
        maxLength={80}
        defaultValue={values.slug}
        errors={errors.slug}
        hint={isNew ? 'The address: /figures/slug. Leave empty to make it from the name.' : 'The address: /figures/slug. Old addresses keep redirecting after a change.'}
      />
      <SelectField
        id="figure-kind"
        name="kind"
        label="Kind"
        defaultValue={values.kind}
        errors={errors.kind}
        options={FIGURE_KINDS.map((k) => ({ value: k, label: FIGURE_KIND_LABELS[k] }))}
      />
      <TextAreaField id="figure-description" name="description" label="Short description" required maxLength={600} rows={4} defaultValue={values.description} errors={errors.description} />
      <PhotoFields photo={photo} values={values} errors={errors} />
      <Field id="figure-message" name="message" label="Note for the history (optional)" maxLength={300} defaultValue={values.message} errors={errors.message} hint="What you changed and why, for other editors." />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Saving…' : isNew ? 'Create figure' : 'Save figure'}
      </button>
    </form>
  );
}
