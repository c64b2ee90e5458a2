'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '../auth/session';
import { revalidateAttribute } from '../cache/revalidate';
import { createAttribute, restoreAttributeRevision, updateAttribute } from '../db/attributes';
import { attributeCreateSchema, attributeUpdateSchema } from '../validation/attributes';
import { revisionRestoreSchema } from '../validation/shared';
import { failure } from './failure';
import { formValues, invalid, type ActionResult } from './result';

export async function createAttributeAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const actor = await requireActor('content:edit');
    const parsed = attributeCreateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await createAttribute({ actor, input: parsed.data }));
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/admin/attributes/${id}?saved=created`);
}

/** A new label or description shows at once on every page using the attribute. */
export async function updateAttributeAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  let version: number;
  try {
    const actor = await requireActor('content:edit');
    const parsed = attributeUpdateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id, version } = await updateAttribute({ actor, id: parsed.data.id, version: parsed.data.version, input: parsed.data }));
  } catch (error) {
    return failure(error, values);
  }
  revalidateAttribute({ id });
  redirect(`/admin/attributes/${id}?saved=${version}`);
}

export async function restoreAttributeRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let saved: { id: number; version: number };
  try {
    const actor = await requireActor('content:edit');
    const parsed = revisionRestoreSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    saved = await restoreAttributeRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateAttribute({ id: saved.id });
  redirect(`/admin/attributes/${saved.id}/history?restored=${saved.version}`);
}
