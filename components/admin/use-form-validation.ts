'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

/** Field errors from a zod schema, as the server action would report them. */
export function schemaErrors(schema: z.ZodType, input: unknown): FieldErrors | null {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : z.flattenError(parsed.error).fieldErrors;
}

/**
 * Validates a form in the browser with the action's own schema before it is sent: with errors
 * the submission stops, the messages show inline and the first invalid field gets focus.
 */
export function useFormValidation(validate: (formData: FormData) => FieldErrors | null) {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (clientErrors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [clientErrors, attempt]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const errors = validate(new FormData(event.currentTarget));
    const hasErrors = !!errors && Object.values(errors).some((e) => e?.length);
    if (hasErrors) {
      event.preventDefault();
      setClientErrors(errors);
      setAttempt((n) => n + 1);
    } else {
      setClientErrors(null);
    }
  }

  return { formRef, clientErrors, onSubmit };
}
