'use server';

// Creating and saving a figure (with its photo) is a route, not an action: lib/figures/form-post.ts.

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '../auth/session';
import { revalidateFigure } from '../cache/revalidate';
import { deleteFigure, restoreFigureRevision, type FigureSaveResult } from '../db/figure-saves';
import { refreshFigurePages } from '../figures/form-post';
import { idField, revisionRestoreSchema, versionField } from '../validation/shared';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

const idsSchema = z.object({ id: idField, version: versionField });

export async function deleteFigureAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let deleted: { id: number; slug: string };
  try {
    const actor = await requireActor('content:edit');
    const parsed = idsSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    if (formData.get('confirm') !== 'yes') return { ok: false, code: 'VALIDATION', message: 'Tick the box to confirm the deletion.', fieldErrors: { confirm: ['Tick the box to confirm the deletion.'] }, values };
    deleted = await deleteFigure({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateFigure(deleted);
  redirect(`/admin/figures?deleted=${encodeURIComponent(deleted.slug)}`);
}

export async function restoreFigureRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FigureSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = revisionRestoreSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await restoreFigureRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  refreshFigurePages(saved);
  redirect(`/admin/figures/${saved.id}/history?restored=${saved.version}`);
}
