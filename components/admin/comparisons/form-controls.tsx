import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// A labelled select and textarea, wired like components/ui/field.tsx's Field: the hint and
// the errors are announced with the control.

type Common = { id: string; label: string; hint?: ReactNode; errors?: string[] };

function FieldShell({ id, label, hint, errors, control }: Common & { control: (aria: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control({ 'aria-invalid': errorId ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined })}
      {errorId ? (
        <p className="field-error" id={errorId}>
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({ id, label, hint, errors, children, ...select }: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => (
        <select id={id} {...aria} {...select}>
          {children}
        </select>
      )}
    />
  );
}

export function TextAreaField({ id, label, hint, errors, ...textarea }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return <FieldShell id={id} label={label} hint={hint} errors={errors} control={(aria) => <textarea id={id} {...aria} {...textarea} />} />;
}
