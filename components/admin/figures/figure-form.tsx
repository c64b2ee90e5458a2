'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ConflictNotice } from '@/components/admin/conflict-notice';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { Field, FormMessage } from '@/components/ui/field';
import { formValues, initialActionResult } from '@/lib/actions/result';
import type { FigureFormResult } from '@/lib/figures/form-post';
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

/** The server's checks, run before sending: a figure's id travels in the address, not the form. */
function validate(formData: FormData, id: number | undefined) {
  const input = figureFormInput(formData);
  const errors = (id === undefined ? schemaErrors(figureCreateSchema, input) : schemaErrors(figureUpdateSchema, { ...input, id: String(id) })) ?? {};
  const photo = formData.get('photo');
  const problem = photo instanceof File && photo.size > 0 ? photoSizeProblem(photo) : null;
  if (problem) errors.photo = [problem];
  else if (photo instanceof File && photo.size > 0 && photo.type && !(PHOTO_TYPES as readonly string[]).includes(photo.type)) {
    errors.photo = ['Choose a JPEG, PNG, WebP or AVIF image.'];
  }
  return Object.keys(errors).length ? errors : null;
}

/**
 * Create or edit a figure: name, slug, kind, description and the photo with its credit. The form
 * posts to a route handler (lib/figures/form-post.ts explains why): with JavaScript through
 * fetch, keeping everything on the page; without it as a plain form post. `initial` is the
 * state a refused plain post came back with.
 */
export function FigureForm({ figure, photo, initial }: { figure: FigureFormValues; photo: CurrentPhoto | null; initial?: FigureFormResult | null }) {
  const isNew = figure.id === undefined;
  const endpoint = isNew ? '/api/admin/figures' : `/api/admin/figures/${figure.id}`;
  const router = useRouter();
  const [state, setState] = useState<FigureFormResult>(initial ?? initialActionResult);
  const [pending, setPending] = useState(false);
  const { formRef, clientErrors, onSubmit: validateBeforeSending } = useFormValidation((formData) => validate(formData, figure.id));
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values: Record<string, string> = { ...(figure as unknown as Record<string, string>), ...state.values };
  // After a conflict the form is based on the version now stored, so the next save can succeed.
  const version = state.conflict?.version ?? Number(state.values?.version ?? figure.version);
  const message = clientErrors ? 'Check the highlighted fields.' : state.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    validateBeforeSending(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setPending(true);
    let result: FigureFormResult;
    try {
      const response = await fetch(endpoint, { method: 'POST', body: formData, headers: { Accept: 'application/json' } });
      result = (await response.json()) as FigureFormResult;
    } catch {
      result = { ok: false, message: 'The figure could not be sent. Check your connection and save again; nothing was saved.', values: formValues(formData) };
    }
    if (result.ok && result.location) {
      router.push(result.location);
      return;
    }
    setState(result);
    setPending(false);
  }

  return (
    <form ref={formRef} action={endpoint} method="post" encType="multipart/form-data" onSubmit={onSubmit} className={`stack-form ${styles.form}`} noValidate>
      <FormMessage ok={state.ok} message={message} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} yours={values} labels={FIGURE_FIELD_LABELS} noun="figure" /> : null}
      {isNew ? null : <input type="hidden" name="version" value={version} />}
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
