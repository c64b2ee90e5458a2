'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';

type FieldErrors = Record<string, string[] | undefined>;

/**
 * Checks a form against the same zod schema as its server action before it is sent: invalid
 * input never leaves the browser, and the errors look exactly like the server's. Without
 * JavaScript the form is simply sent and the server answers with the same messages.
 */
export function useSchemaValidation(schema: z.ZodType, serverErrors: FieldErrors | undefined) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const errors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
    setClientErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus?.();
  }
  return { errors: clientErrors ?? serverErrors ?? {}, onSubmit };
}
