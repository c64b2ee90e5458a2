import 'server-only';
import { AppError } from '../errors';
import { noteUnsavedInput } from '../kept-forms';
import type { ActionResult, Conflict } from './result';

// Turning what went wrong in a server action into what its form shows. Server-only: the rest of
// ./result.ts is shared with the forms themselves.

/** Expected failures become a message for the form; anything else is logged and stays vague. */
export function failure(error: unknown, values?: Record<string, string>): ActionResult {
  if (error instanceof AppError) {
    // A form sent without JavaScript after the session ended: its input is kept for the editor's return.
    if (error.code === 'UNAUTHORIZED') noteUnsavedInput(values);
    return {
      ok: false,
      code: error.code,
      message: error.message,
      values,
      fieldErrors: error.details?.fieldErrors as ActionResult['fieldErrors'],
      conflict: error.code === 'CONFLICT' ? (error.details?.conflict as Conflict | undefined) : undefined,
    };
  }
  if (isUnstorableText(error)) {
    return { ok: false, code: 'VALIDATION', message: 'The text contains a NUL character, which cannot be saved. Remove it and save again.', values };
  }
  console.error(error);
  return { ok: false, message: 'Something went wrong on our side; nothing was saved. Please try again.', values };
}

/** PostgreSQL refused a text value (SQLSTATE 22021: a NUL character is the only way a JavaScript string gets there). */
function isUnstorableText(error: unknown): boolean {
  return error instanceof Error && /invalid byte sequence for encoding "UTF8": 0x00/.test(error.message);
}
