'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { REPORT_MESSAGE_MAX, REPORT_SUGGESTION_MAX, reportFormData, reportSchema } from '@/lib/validation/reports';
import type { ReportTarget } from '@/lib/db/reports';
import { KeptTextarea } from '@/components/ui/kept-textarea';

export type ReportFormProps = {
  slug: string;
  formToken: string;
  target: ReportTarget;
  side?: 'A' | 'B';
  /** Values and messages from a refused submission (no-JavaScript path). */
  initial?: { message?: string; fieldErrors?: Record<string, string[] | undefined>; values?: Record<string, string | undefined> };
  /** Inline (in a dialog on the comparison page) rather than on its own page. */
  idPrefix?: string;
  /** Called when the row or section reported on was removed and the form now reports on the comparison as a whole. */
  onRetarget?: (target: ReportTarget) => void;
};

type Errors = Record<string, string[] | undefined>;

/**
 * The report form. Without JavaScript it is a plain POST to /report/{slug}/submit; with it, the
 * same request is sent in the background and the answer shown in place. The same zod schema
 * checks the fields in the browser and on the server, so the messages match.
 */
export function ReportForm({ slug, formToken, target, side, initial, idPrefix = 'report', onRetarget }: ReportFormProps) {
  const [errors, setErrors] = useState<Errors>(initial?.fieldErrors ?? {});
  const [message, setMessage] = useState<string | undefined>(initial?.message);
  const [pending, setPending] = useState(false);
  // A refusal comes with a new token (the old one may have been too old to accept).
  const [token, setToken] = useState(formToken);
  const [done, setDone] = useState<{ trackingUrl: string; grouped: boolean } | null>(null);
  // What the form reports on: the comparison as a whole once the row or section is gone.
  const [reported, setReported] = useState(target);
  const thanks = useRef<HTMLDivElement>(null);
  // The form (and the button that had focus) is replaced by the thank-you: focus moves there.
  useEffect(() => {
    if (done) thanks.current?.focus();
  }, [done]);
  const values = initial?.values ?? {};
  const valueIn = (about: ReportTarget) => (about.row ? (side === 'B' ? about.row.valueB : side === 'A' ? about.row.valueA : null) : null);
  const currentValue = valueIn(reported);
  // The suggestion box starts from the value the form was opened for, and keeps it when retargeted.
  const startingSuggestion = values.suggestedValue ?? valueIn(target) ?? '';
  const id = (name: string) => `${idPrefix}-${name}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = reportSchema.safeParse(reportFormData(data));
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage('Check the highlighted fields.');
      return;
    }
    setPending(true);
    try {
      const response = await fetch(`/report/${encodeURIComponent(slug)}/submit`, { method: 'POST', body: data, headers: { Accept: 'application/json' } });
      const answer = (await response.json()) as { ok: boolean; trackingUrl?: string; grouped?: boolean; message?: string; fieldErrors?: Errors; formToken?: string; retarget?: ReportTarget };
      if (answer.formToken) setToken(answer.formToken);
      if (answer.retarget) {
        setReported(answer.retarget);
        onRetarget?.(answer.retarget);
      }
      if (answer.ok && answer.trackingUrl) {
        setDone({ trackingUrl: answer.trackingUrl, grouped: !!answer.grouped });
      } else {
        setErrors(answer.fieldErrors ?? {});
        setMessage(answer.message ?? 'Your report could not be sent. Please try again.');
      }
    } catch {
      setMessage('Your report could not be sent (no connection?). Your text is still here; please try again.');
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <div ref={thanks} tabIndex={-1} className="form-message form-message-ok" role="status">
        <p>
          <strong>Thank you.</strong> {done.grouped ? 'Other readers reported this too; ' : ''}An editor will look at your report.
        </p>
        <p>
          Follow what happens at your private link: <a href={done.trackingUrl}>{new URL(done.trackingUrl, window.location.href).toString()}</a>
        </p>
      </div>
    );
  }

  const describedBy = (name: string, hint = false) => [hint ? id(`${name}-hint`) : null, errors[name]?.length ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  const error = (name: string) =>
    errors[name]?.length ? (
      <p className="field-error" id={id(`${name}-error`)}>
        {errors[name]!.join(' ')}
      </p>
    ) : null;

  return (
    <form method="post" action={`/report/${encodeURIComponent(slug)}/submit`} onSubmit={onSubmit} className="stack-form report-form" noValidate>
      <div className={message ? 'form-message form-message-error' : 'form-message'} role="status" aria-live="polite">
        {message}
      </div>
      <input type="hidden" name="formToken" value={token} />
      {reported.row ? <input type="hidden" name="rowId" value={reported.row.id} /> : null}
      {reported.row && side ? <input type="hidden" name="side" value={side} /> : null}
      {reported.section ? <input type="hidden" name="sectionId" value={reported.section.id} /> : null}
      {/* A field people never see or fill in; bots do. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={id('website')}>Leave this empty</label>
        <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="field">
        <label htmlFor={id('message')}>What is wrong? (required)</label>
        <KeptTextarea
          id={id('message')}
          name="message"
          required
          minLength={10}
          maxLength={REPORT_MESSAGE_MAX}
          defaultValue={values.message ?? ''}
          aria-invalid={errors.message?.length ? true : undefined}
          aria-describedby={describedBy('message')}
        />
        {error('message')}
      </div>
      <div className="field">
        <label htmlFor={id('suggestedValue')}>Suggested correction (optional)</label>
        {currentValue !== null ? (
          <p className="field-hint" id={id('suggestedValue-hint')}>
            Currently: “{currentValue}”
          </p>
        ) : null}
        <KeptTextarea
          id={id('suggestedValue')}
          name="suggestedValue"
          maxLength={REPORT_SUGGESTION_MAX}
          defaultValue={startingSuggestion}
          aria-invalid={errors.suggestedValue?.length ? true : undefined}
          aria-describedby={describedBy('suggestedValue', currentValue !== null)}
          rows={2}
        />
        {error('suggestedValue')}
      </div>
      <div className="field">
        <label htmlFor={id('sourceUrl')}>Source link (optional)</label>
        <input id={id('sourceUrl')} name="sourceUrl" type="url" inputMode="url" maxLength={2000} defaultValue={values.sourceUrl ?? ''} placeholder="https://" aria-invalid={errors.sourceUrl?.length ? true : undefined} aria-describedby={describedBy('sourceUrl')} />
        {error('sourceUrl')}
      </div>
      <div className="field">
        <label htmlFor={id('email')}>Your email (optional, only to tell you what we did)</label>
        <input id={id('email')} name="email" type="email" autoComplete="email" maxLength={254} defaultValue={values.email ?? ''} aria-invalid={errors.email?.length ? true : undefined} aria-describedby={describedBy('email')} />
        {error('email')}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send report'}
      </button>
    </form>
  );
}
