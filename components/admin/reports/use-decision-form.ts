'use client';

import { useActionState } from 'react';
import type { z } from 'zod';
import { schemaErrors, useFormValidation } from '@/components/admin/use-form-validation';
import { initialActionResult, type ActionResult } from '@/lib/actions/result';

type Action = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * A decision form's state: the action's result (kept input, field errors, "already decided"),
 * and the same schema checked in the browser before anything is sent. `kept`: the input of this
 * decision sent without JavaScript as the editor's session ended (lib/kept-forms.ts).
 */
export function useDecisionForm(action: Action, schema: z.ZodType, kept?: ActionResult) {
  const [state, formAction, pending] = useActionState(action, kept ?? initialActionResult);
  const { formRef, clientErrors, onSubmit } = useFormValidation((formData) => schemaErrors(schema, Object.fromEntries(formData)));
  return {
    state,
    formAction,
    pending,
    formRef,
    onSubmit,
    errors: clientErrors ?? state.fieldErrors ?? {},
    values: state.values ?? {},
    message: clientErrors ? 'Check the highlighted fields.' : state.message,
    /** Opened again after a refusal, so the message is seen (also without JavaScript). */
    hasOutcome: !!(clientErrors || state.message),
  };
}
