'use server';

import { redirect } from 'next/navigation';
import { type z } from 'zod';
import { requireActor } from '../auth/session';
import { revalidateCorrections, revalidateFigure } from '../cache/revalidate';
import { acceptReportAsFixed, acceptReportWithFact, markReportDuplicate, markReportSpam, rejectReport, type DecisionResult } from '../db/report-decisions';
import { kickOutbox } from '../email/outbox-worker';
import { noteRefusedDecision } from '../reports/refused-decision';
import { acceptApplySchema, acceptFixedSchema, duplicateSchema, rejectSchema, spamSchema } from '../validation/report-decisions';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

// Decisions on readers' reports: guard, parse, one lib/db transaction, then (outside the try)
// refresh the public pages it changed, send the queued messages, and show the decision.
// A refusal is also noted for the page answering a form sent without JavaScript, which has no
// form to show it in when the report was decided meanwhile (lib/reports/refused-decision.ts).

type Decide<T> = (args: { actor: Awaited<ReturnType<typeof requireActor>>; input: T }) => Promise<DecisionResult>;

async function decide<S extends z.ZodType>(formData: FormData, schema: S, run: Decide<z.output<S>>, done: string): Promise<ActionResult> {
  const values = formValues(formData);
  let decided: DecisionResult;
  try {
    const actor = await requireActor('reports:decide');
    const parsed = schema.safeParse(values);
    if (!parsed.success) return noteRefusedDecision(invalid(parsed.error, values));
    decided = await run({ actor, input: parsed.data });
  } catch (error) {
    const result = failure(error, values);
    // A typed-in revision number that does not fit is reported next to the box it was typed in.
    if (result.fieldErrors?.revisionId && values.revisionId === 'other') result.fieldErrors = { otherRevisionId: result.fieldErrors.revisionId };
    return noteRefusedDecision(result);
  }
  // Comparison pages carry their figures' tags: this refreshes every page showing the fact.
  if (decided.figure) revalidateFigure(decided.figure);
  if (decided.noticePublished) revalidateCorrections(decided.comparison);
  if (decided.messagesQueued > 0) kickOutbox();
  redirect(`/admin/reports/${decided.id}?done=${done}`);
}

/** Accept a row report and apply the (edited) value as a new version of the fact. */
export async function acceptReportAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return decide(formData, acceptApplySchema, acceptReportWithFact, 'applied');
}

/** Accept a report fixed by hand, linked to the revision that fixed it. */
export async function acceptFixedReportAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return decide(formData, acceptFixedSchema, acceptReportAsFixed, 'accepted');
}

export async function rejectReportAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return decide(formData, rejectSchema, rejectReport, 'rejected');
}

export async function markDuplicateReportAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return decide(formData, duplicateSchema, markReportDuplicate, 'duplicate');
}

export async function markSpamReportAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return decide(formData, spamSchema, markReportSpam, 'spam');
}
