'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '../auth/session';
import { revalidateComparison } from '../cache/revalidate';
import { applyEditorIntent, PREVIEW_SHOWN } from '../comparisons/editor-form';
import { createComparison, restoreComparisonRevision, updateComparison, type ComparisonTarget, type ExistingPair } from '../db/comparison-saves';
import { setComparisonStatus } from '../db/comparison-status';
import { AppError } from '../errors';
import { comparisonStatusSchema, createComparisonSchema, fieldErrorsOf, readComparisonForm, restoreRevisionSchema, updateComparisonSchema } from '../validation/comparisons';
import { failure } from './failure';
import { formValues, type ActionResult } from './result';

// Comparisons: guard, parse, one lib/db call, then (outside the try) revalidate the public
// pages showing the comparison and redirect. Failures return the submitted values.

export type CreateComparisonResult = ActionResult & { existing?: ExistingPair };

/** The editor's result: also the working copy after a structural edit or a preview request. */
export type ComparisonEditorResult = ActionResult & { preview?: boolean; focus?: string[] };

const CHECK_FIELDS = 'Check the highlighted fields.';

export async function createComparisonAction(_previous: CreateComparisonResult, formData: FormData): Promise<CreateComparisonResult> {
  const values = formValues(formData);
  let target: ComparisonTarget;
  try {
    const actor = await requireActor('content:edit');
    const parsed = createComparisonSchema.safeParse(values);
    if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
    target = await createComparison({ actor, ...parsed.data });
  } catch (error) {
    const existing = error instanceof AppError ? (error.details?.existing as ExistingPair | undefined) : undefined;
    return { ...failure(error, values), existing };
  }
  revalidateComparison(target);
  redirect(`/admin/comparisons/${target.id}?done=created`);
}

/**
 * The edit form's buttons all submit here. "Save" saves; "Preview" and the row and section
 * buttons (add, remove, move) only return the edited working copy, so they work without
 * JavaScript; with JavaScript the browser applies them itself.
 */
export async function updateComparisonAction(_previous: ComparisonEditorResult, formData: FormData): Promise<ComparisonEditorResult> {
  const values = formValues(formData, ['intent', 'newRow']);
  const intent = String(formData.get('intent') ?? 'save');
  let target: ComparisonTarget;
  try {
    const actor = await requireActor('content:edit');
    const edit = applyEditorIntent(formValues(formData), intent);
    if (edit) return { ok: false, values: edit.values, focus: edit.focus };
    if (intent === 'preview') return { ok: true, message: PREVIEW_SHOWN, values, preview: true };
    const parsed = updateComparisonSchema.safeParse(readComparisonForm(values));
    if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
    const { id, version, message, ...content } = parsed.data;
    target = await updateComparison({ actor, id, version, content, message });
  } catch (error) {
    return failure(error, values);
  }
  revalidateComparison(target);
  redirect(`/admin/comparisons/${target.id}?done=saved&version=${target.version}`);
}

async function changeStatus(formData: FormData, status: 'PUBLISHED' | 'DRAFT' | 'ARCHIVED', done: string): Promise<ActionResult> {
  const values = formValues(formData);
  let target: ComparisonTarget;
  try {
    const actor = await requireActor('content:publish');
    const parsed = comparisonStatusSchema.safeParse(values);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Reload the page and try again.', values };
    target = await setComparisonStatus({ actor, ...parsed.data, status });
  } catch (error) {
    return failure(error, values);
  }
  revalidateComparison(target);
  redirect(`/admin/comparisons/${target.id}?done=${done}`);
}

export async function publishComparisonAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return changeStatus(formData, 'PUBLISHED', 'published');
}

/** Back to drafts: from published (unpublish) or from archived. */
export async function unpublishComparisonAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return changeStatus(formData, 'DRAFT', 'unpublished');
}

export async function archiveComparisonAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return changeStatus(formData, 'ARCHIVED', 'archived');
}

export async function restoreComparisonRevisionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let target: ComparisonTarget;
  let revision: number;
  try {
    const actor = await requireActor('content:edit');
    const parsed = restoreRevisionSchema.safeParse(values);
    if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
    ({ revision } = parsed.data);
    target = await restoreComparisonRevision({ actor, ...parsed.data });
  } catch (error) {
    return failure(error, values);
  }
  revalidateComparison(target);
  redirect(`/admin/comparisons/${target.id}/history?restored=${revision}`);
}
