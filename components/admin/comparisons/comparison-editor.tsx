'use client';

import { useActionState, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { updateComparisonAction, type ComparisonEditorResult } from '@/lib/actions/comparisons';
import { formValues, type ActionResult } from '@/lib/actions/result';
import { applyEditorIntent, PREVIEW_SHOWN, editorRows, editorSections, editorTexts, editorValues, type EditorValues } from '@/lib/comparisons/editor-form';
import type { ComparisonForEdit } from '@/lib/db/admin-comparisons';
import { fieldErrorsOf, LIMITS, readComparisonForm, updateComparisonSchema, type FieldErrors } from '@/lib/validation/comparisons';
import { ConflictView } from './conflict-view';
import { EditorRows } from './editor-rows';
import { EditorSections } from './editor-sections';
import { TextAreaField } from '@/components/ui/field';
import { MarkdownPreview } from './markdown-preview';
import styles from './editor.module.css';

type Props = {
  comparison: ComparisonForEdit;
  notice?: string;
  /** Input kept from a save the editor sent without JavaScript after their session had ended (lib/kept-forms.ts). */
  kept?: ActionResult;
};

/** A working copy edited in the browser, tied to the action result it started from. */
type Local = { base: ComparisonEditorResult; values: EditorValues; focus: string[]; preview: boolean; errors?: FieldErrors; message?: string; ok?: boolean };

const CHECK_FIELDS = 'Check the highlighted fields.';

/** The element showing a field's error, to move focus to the first one. */
function controlId(field: string): string {
  const section = /^sections\.(\d+)\.(heading|body)$/.exec(field);
  if (section) return `section-${section[1]}-${section[2]}`;
  if (field === 'rows') return 'new-row';
  if (field === 'categories') return 'categories';
  return `comparison-${field}`;
}

function focusFirst(ids: string[]): void {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
      element.focus();
      return;
    }
  }
}

/**
 * The comparison's edit form. Every button submits it: "Save" saves; "Preview" and the row
 * and section buttons change the working copy (in the browser with JavaScript, on the server
 * without), so the form works either way and nothing typed is lost. The version it was
 * loaded from goes with every save; a conflict shows the other version next to the input.
 */
export function ComparisonEditor({ comparison, notice, kept }: Props) {
  const initial = useMemo<ComparisonEditorResult>(
    () => (kept?.values ? { ok: false, message: kept.message, values: kept.values } : { ok: true, message: notice, values: editorValues(comparison) }),
    [comparison, notice, kept],
  );
  const [state, formAction, pending] = useActionState(updateComparisonAction, initial);
  const [local, setLocal] = useState<Local | null>(null);
  const current = local?.base === state ? local : null;
  const values = current?.values ?? state.values ?? initial.values!;
  const errors = current ? current.errors : state.fieldErrors;
  const preview = current ? current.preview : !!state.preview;
  const message = current ? current.message : state.message;
  const ok = current ? !!current.ok : state.ok;
  const version = state.conflict && !current ? String(state.conflict.version) : (values.version ?? String(comparison.version));

  useEffect(() => {
    if (current) focusFirst(current.focus);
    else if (state.conflict) document.getElementById('conflict')?.focus();
    else if (state.focus) focusFirst(state.focus);
  }, [current, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement && submitter.name === 'intent' ? submitter.value : 'save';
    const data = new FormData(event.currentTarget);
    const edit = applyEditorIntent(formValues(data, ['intent']), intent);
    const input = formValues(data, ['intent', 'newRow']);
    if (edit) {
      event.preventDefault();
      setLocal({ base: state, values: edit.values, focus: edit.focus, preview });
    } else if (intent === 'preview') {
      event.preventDefault();
      setLocal({ base: state, values: input, focus: ['editor-preview'], preview: true, ok: true, message: PREVIEW_SHOWN });
    } else {
      const parsed = updateComparisonSchema.safeParse(readComparisonForm(input));
      if (parsed.success) return;
      event.preventDefault();
      const fieldErrors = fieldErrorsOf(parsed.error);
      setLocal({ base: state, values: input, focus: Object.keys(fieldErrors).map(controlId), preview, errors: fieldErrors, message: CHECK_FIELDS });
    }
  }

  const choices = { attributes: comparison.attributes, categories: comparison.categories };
  return (
    <form key={JSON.stringify(values)} action={formAction} onSubmit={onSubmit} className={styles.editor} noValidate aria-label={`Edit ${comparison.displayTitle}`}>
      <FormMessage ok={ok} message={message} />
      {state.conflict && !current ? <ConflictView conflict={state.conflict} yours={editorTexts(values, choices)} /> : null}
      {state.conflict && current ? (
        <p className="form-message form-message-error">Your save was refused because someone else saved first; saving now replaces version {version}.</p>
      ) : null}
      <input type="hidden" name="id" value={comparison.id} />
      <input type="hidden" name="version" value={version} />

      <div className={styles.actions}>
        <Field id="comparison-message" name="message" label="Note for the history (optional)" defaultValue={values.message ?? ''} maxLength={LIMITS.message} errors={errors?.message} />
        <button type="submit" name="intent" value="save" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <button type="submit" name="intent" value="preview" id="editor-preview" className="button button-secondary">
          Preview Markdown
        </button>
      </div>

      <Field
        id="comparison-title"
        name="title"
        label="Title"
        hint={`Leave empty to use “${comparison.figureA.name} vs. ${comparison.figureB.name}”.`}
        defaultValue={values.title ?? ''}
        maxLength={LIMITS.title}
        errors={errors?.title}
      />
      <TextAreaField
        id="comparison-summary"
        name="summary"
        label="Summary"
        hint="One plain-text paragraph under the title: what the two have in common and how they differ. Needed before publishing."
        defaultValue={values.summary ?? ''}
        rows={4}
        maxLength={LIMITS.summary}
        errors={errors?.summary}
      />
      <EditorRows rows={editorRows(values)} attributes={comparison.attributes} nameA={comparison.figureA.name} nameB={comparison.figureB.name} errors={errors?.rows} />
      <TextAreaField
        id="comparison-introduction"
        name="introduction"
        label="Introduction"
        hint="Opens “Further Detail”. Markdown."
        defaultValue={values.introduction ?? ''}
        rows={6}
        errors={errors?.introduction}
      />
      {preview ? <MarkdownPreview id="introduction-preview" label="Preview of the introduction" text={values.introduction ?? ''} /> : null}
      <EditorSections sections={editorSections(values)} errors={errors} preview={preview} />
      <TextAreaField
        id="comparison-conclusion"
        name="conclusion"
        label="Conclusion"
        hint="Closes the article. Markdown."
        defaultValue={values.conclusion ?? ''}
        rows={6}
        errors={errors?.conclusion}
      />
      {preview ? <MarkdownPreview id="conclusion-preview" label="Preview of the conclusion" text={values.conclusion ?? ''} /> : null}

      <fieldset className={styles.fieldset} id="categories" tabIndex={-1} aria-describedby={errors?.categories?.length ? 'categories-error' : undefined}>
        <legend>Categories</legend>
        {errors?.categories?.length ? (
          <p className="field-error" id="categories-error">
            {errors.categories.join(' ')}
          </p>
        ) : null}
        <div className={styles.checks}>
          {comparison.categories.map((c) => (
            <label key={c.id} className={styles.check}>
              <input type="checkbox" name={`categories.${c.id}`} defaultChecked={!!values[`categories.${c.id}`]} />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
