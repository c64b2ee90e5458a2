import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { KeptTextarea } from './kept-textarea';

// Labelled form controls with their hint and errors wired up for screen readers
// (aria-describedby, aria-invalid). Every form in the app uses these.

type Common = { id: string; label: string; hint?: ReactNode; errors?: string[] };
type Aria = { 'aria-invalid'?: true; 'aria-describedby'?: string };

function FieldShell({ id, label, hint, errors, control }: Common & { control: (aria: Aria) => ReactNode }) {
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

/** A labelled input. */
export function Field({ id, label, errors, hint, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return <FieldShell id={id} label={label} hint={hint} errors={errors} control={(aria) => <input id={id} {...aria} {...input} />} />;
}

/** A labelled textarea that keeps what was typed before the page's JavaScript ran. */
export function TextAreaField({ id, label, hint, errors, ...textarea }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return <FieldShell id={id} label={label} hint={hint} errors={errors} control={(aria) => <KeptTextarea id={id} {...aria} {...textarea} />} />;
}

/** A labelled select: its options as `options`, or as children. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  options,
  children,
  ...select
}: Common & { options?: { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => (
        <select id={id} {...aria} {...select}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    />
  );
}

/** The form-level outcome, announced politely to assistive technology. */
export function FormMessage({ ok, message }: { ok: boolean; message?: string }) {
  return (
    <div className={message ? (ok ? 'form-message form-message-ok' : 'form-message form-message-error') : 'form-message'} role="status" aria-live="polite">
      {message}
    </div>
  );
}
