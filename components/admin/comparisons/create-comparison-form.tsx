'use client';

import Link from 'next/link';
import { useActionState, useState, type FormEvent } from 'react';
import { createComparisonAction, type CreateComparisonResult } from '@/lib/actions/comparisons';
import { formValues } from '@/lib/actions/result';
import type { FigureChoice } from '@/lib/db/admin-comparisons';
import { createComparisonSchema, fieldErrorsOf, type FieldErrors } from '@/lib/validation/comparisons';
import { SelectField } from '@/components/ui/field';

const KIND = { PERSON: 'person', PLACE: 'place', THING: 'thing' } as Record<string, string>;

function FigureOptions({ figures }: { figures: FigureChoice[] }) {
  return (
    <>
      <option value="">Choose a figure…</option>
      {figures.map((f) => (
        <option key={f.id} value={f.id}>
          {f.name} ({KIND[f.kind] ?? f.kind.toLowerCase()}, {f.slug})
        </option>
      ))}
    </>
  );
}

/** Two figures, A on the left; checked in the browser with the server's schema first. */
export function CreateComparisonForm({ figures }: { figures: FigureChoice[] }) {
  const [state, action, pending] = useActionState<CreateComparisonResult, FormData>(createComparisonAction, { ok: false });
  const [local, setLocal] = useState<{ base: CreateComparisonResult; errors: FieldErrors } | null>(null);
  const errors = local?.base === state ? local.errors : state.fieldErrors;
  const message = local?.base === state ? 'Check the highlighted fields.' : state.message;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = createComparisonSchema.safeParse(formValues(new FormData(event.currentTarget)));
    if (parsed.success) return;
    event.preventDefault();
    setLocal({ base: state, errors: fieldErrorsOf(parsed.error) });
    const first = Object.keys(fieldErrorsOf(parsed.error))[0];
    if (first) document.getElementById(first === 'figureAId' ? 'figure-a' : 'figure-b')?.focus();
  }

  return (
    <form action={action} onSubmit={onSubmit} className="stack-form" noValidate>
      <div className={message ? 'form-message form-message-error' : 'form-message'} role="status" aria-live="polite">
        {message}
        {state.existing && local?.base !== state ? (
          <>
            {' '}
            <Link href={`/admin/comparisons/${state.existing.id}`}>Edit “{state.existing.title}”</Link>
          </>
        ) : null}
      </div>
      <SelectField id="figure-a" name="figureAId" label="Figure A (left)" required defaultValue={state.values?.figureAId ?? ''} errors={errors?.figureAId}>
        <FigureOptions figures={figures} />
      </SelectField>
      <SelectField
        id="figure-b"
        name="figureBId"
        label="Figure B (right)"
        required
        defaultValue={state.values?.figureBId ?? ''}
        errors={errors?.figureBId}
        hint="The page will live at /a-vs-b, with a draft status until you publish it."
      >
        <FigureOptions figures={figures} />
      </SelectField>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create comparison'}
      </button>
    </form>
  );
}
