'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '../auth/session';
import { revalidateComparison, revalidateFigure } from '../cache/revalidate';
import { createFigure, deleteFigure, restoreFigureRevision, updateFigure, type FigureSaveResult } from '../db/figure-saves';
import { preparePhoto } from '../media/upload';
import { figureCreateSchema, figureFormInput, figureUpdateSchema } from '../validation/figures';
import { idField, revisionRestoreSchema, versionField } from '../validation/shared';
import { failure, formValues, invalid, type ActionResult } from './result';

const idsSchema = z.object({ id: idField, version: versionField });

/** The uploaded photo, if the form carried one. */
function upload(formData: FormData): Blob | null {
  const file = formData.get('photo');
  return file instanceof Blob && file.size > 0 ? file : null;
}

// Exactly the public pages showing the figure: its page, and each comparison whose URL or
// title changed with it (old URLs too, so they start redirecting at once).
function refresh(saved: FigureSaveResult): void {
  revalidateFigure({ id: saved.id, slug: saved.slug, previousSlug: saved.previousSlug });
  for (const comparison of saved.comparisons) revalidateComparison(comparison);
}

export async function createFigureAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FigureSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = figureCreateSchema.safeParse(figureFormInput(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    const file = upload(formData);
    saved = await createFigure({ actor, input: parsed.data, photo: file ? await preparePhoto(file) : null });
  } catch (error) {
    return failure(error, values);
  }
  refresh(saved);
  redirect(`/admin/figures/${saved.id}?saved=created`);
}

export async function updateFigureAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: FigureSaveResult;
  try {
    const actor = await requireActor('content:edit');
    const parsed = figureUpdateSchema.safeParse(figureFormInput(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    const file = upload(formData);
    const photo = file ? await preparePhoto(file) : formData.get('removePhoto') === 'on' ? null : undefined;
    saved = await updateFigure({ actor, id: parsed.data.id, version: parsed.data.version, input: parsed.data, photo });
  } catch (error) {
    return failure(error, values);
  }
  refresh(saved);
  redirect(`/admin/figures/${saved.id}?saved=1`);
}

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
  refresh(saved);
  redirect(`/admin/figures/${saved.id}/history?restored=${saved.version}`);
}
