'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '../auth/session';
import { revalidateCategory } from '../cache/revalidate';
import { createCategory, deleteCategory, restoreCategoryRevision, updateCategory } from '../db/admin-categories';
import { categoryCreateSchema, categoryDeleteSchema, categoryUpdateSchema } from '../validation/categories';
import { revisionRestoreSchema } from '../validation/shared';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

export async function createCategoryAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const actor = await requireActor('content:edit');
    const parsed = categoryCreateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await createCategory({ actor, input: parsed.data }));
  } catch (error) {
    return failure(error, values);
  }
  revalidateCategory({ id });
  redirect(`/admin/categories/${id}?saved=created`);
}

/** A new name shows at once on the category's page, the home page and every comparison filed under it. */
export async function updateCategoryAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  let version: number;
  try {
    const actor = await requireActor('content:edit');
    const parsed = categoryUpdateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id, version } = await updateCategory({ actor, id: parsed.data.id, version: parsed.data.version, input: parsed.data }));
  } catch (error) {
    return failure(error, values);
  }
  revalidateCategory({ id });
  redirect(`/admin/categories/${id}?saved=${version}`);
}

export async function restoreCategoryRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: { id: number; version: number };
  try {
    const actor = await requireActor('content:edit');
    const parsed = revisionRestoreSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await restoreCategoryRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateCategory({ id: saved.id });
  redirect(`/admin/categories/${saved.id}/history?restored=${saved.version}`);
}

export async function deleteCategoryAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let deleted: { id: number; name: string };
  try {
    const actor = await requireActor('content:edit');
    const parsed = categoryDeleteSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    if (formData.get('confirm') !== 'yes') return { ok: false, code: 'VALIDATION', message: 'Tick the box to confirm the deletion.', fieldErrors: { confirm: ['Tick the box to confirm the deletion.'] }, values };
    deleted = await deleteCategory({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateCategory(deleted);
  redirect(`/admin/categories?deleted=${encodeURIComponent(deleted.name)}`);
}
