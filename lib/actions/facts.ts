'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '../auth/session';
import { revalidateFigure } from '../cache/revalidate';
import { restoreFactRevision, saveFact, type FactSaveResult } from '../db/facts';
import { factSchema } from '../validation/facts';
import { failure, formValues, type ActionResult } from './result';

const restoreSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(1),
  revisionVersion: z.coerce.number().int().min(1),
});

function invalid(error: z.ZodError, values: Record<string, string>): ActionResult {
  return { ok: false, code: 'VALIDATION', message: 'Check the highlighted fields.', fieldErrors: z.flattenError(error).fieldErrors, values };
}

/** Adds or saves a new version of a figure's fact; the figure page and its comparisons refresh. */
export async function saveFactAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FactSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = factSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await saveFact({ actor, input: parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  // Comparison pages carry their figures' tags, so this refreshes every page showing the fact.
  revalidateFigure(saved.figure);
  redirect(`/admin/figures/${saved.figure.id}/facts/${saved.attributeId}?saved=1`);
}

export async function restoreFactRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FactSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await restoreFactRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateFigure(saved.figure);
  redirect(`/admin/figures/${saved.figure.id}/facts/${saved.attributeId}/history?restored=${saved.version}`);
}
