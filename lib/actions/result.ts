import { z } from 'zod';
import type { ErrorCode } from '../errors';

/** What every server action returns to its form. `values` echoes the input so nothing typed is lost. */
export type ActionResult = {
  ok: boolean;
  /** Why it failed, for callers that branch on it (e.g. tests of the authorization matrix). */
  code?: ErrorCode;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Someone else saved first: their version, shown next to the editor's kept input. */
  conflict?: Conflict;
};

export type Conflict = { version: number; theirs: Record<string, string>; changedBy: string | null; changedAt: string | null };

export const initialActionResult: ActionResult = { ok: false };

/** Text fields of a form submission, for echoing back on error. */
export function formValues(formData: FormData, exclude: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && !name.startsWith('$ACTION') && !exclude.includes(name)) values[name] = value;
  }
  return values;
}

/** Input the schema refused: a message for the form, errors by field, and the input kept. */
export function invalid(error: z.ZodError, values?: Record<string, string>): ActionResult {
  return { ok: false, code: 'VALIDATION', message: 'Check the highlighted fields.', fieldErrors: z.flattenError(error).fieldErrors, values };
}

/**
 * The save that led to a page (its `?saved=` address), told in the form's own message rather than
 * a banner beside it: the form's next result replaces it, so "Saved." never stands next to a
 * refusal of a later save.
 */
export function savedNotice(message: string | undefined): ActionResult | undefined {
  return message ? { ok: true, message } : undefined;
}
