import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

type Described = { id: string; label: string; errors?: string[]; hint?: ReactNode };

function describedBy(id: string, hint: ReactNode, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, ariaDescribedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

function Hint({ id, hint }: { id?: string; hint: ReactNode }) {
  return hint ? (
    <p className="field-hint" id={id}>
      {hint}
    </p>
  ) : null;
}

function Errors({ id, errors }: { id?: string; errors?: string[] }) {
  return id ? (
    <p className="field-error" id={id}>
      {errors!.join(' ')}
    </p>
  ) : null;
}

/** A labelled textarea, wired like components/ui/field.tsx's Field. */
export function TextAreaField({ id, label, errors, hint, ...textarea }: Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const { hintId, errorId, ariaDescribedBy } = describedBy(id, hint, errors);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={hintId} hint={hint} />
      <textarea id={id} aria-invalid={errorId ? true : undefined} aria-describedby={ariaDescribedBy} {...textarea} />
      <Errors id={errorId} errors={errors} />
    </div>
  );
}

/** A labelled select, wired like components/ui/field.tsx's Field. */
export function SelectField({
  id,
  label,
  errors,
  hint,
  options,
  ...select
}: Described & { options: { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  const { hintId, errorId, ariaDescribedBy } = describedBy(id, hint, errors);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={hintId} hint={hint} />
      <select id={id} aria-invalid={errorId ? true : undefined} aria-describedby={ariaDescribedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Errors id={errorId} errors={errors} />
    </div>
  );
}
