'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '../auth/session';
import { revalidateFigure } from '../cache/revalidate';
import { restoreFactRevision, saveFact, type FactSaveResult } from '../db/facts';
import { factSchema } from '../validation/facts';
import { revisionRestoreSchema } from '../validation/shared';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

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
  redirect(`/admin/figures/${saved.figure.id}/facts/${saved.attributeId}?saved=${saved.version}`);
}

export async function restoreFactRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FactSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = revisionRestoreSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await restoreFactRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateFigure(saved.figure);
  redirect(`/admin/figures/${saved.figure.id}/facts/${saved.attributeId}/history?restored=${saved.version}`);
}
