import { Field } from '@/components/ui/field';
import { editorIds, type EditorSection } from '@/lib/comparisons/editor-form';
import { LIMITS, type FieldErrors } from '@/lib/validation/comparisons';
import { TextAreaField } from '@/components/ui/field';
import { MarkdownPreview } from './markdown-preview';
import styles from './editor.module.css';

type Props = { sections: EditorSection[]; errors?: FieldErrors; preview: boolean };

/** The article's headed sections; the buttons work like the rows' (see EditorRows). */
export function EditorSections({ sections, errors, preview }: Props) {
  return (
    <fieldset className={styles.fieldset} aria-describedby="sections-hint">
      <legend>Sections</legend>
      <p className="field-hint" id="sections-hint">
        The headed sections of “Further Detail”, between the introduction and the conclusion.
      </p>
      {sections.map((section, i) => (
        <fieldset key={i} className={styles.section}>
          <legend>Section {i + 1}</legend>
          <input type="hidden" name={`sections.${i}.id`} value={section.id} />
          <Field
            id={editorIds.section(i, 'heading')}
            name={`sections.${i}.heading`}
            label="Heading"
            defaultValue={section.heading}
            maxLength={LIMITS.heading}
            required
            errors={errors?.[`sections.${i}.heading`]}
          />
          <TextAreaField
            id={`section-${i}-body`}
            name={`sections.${i}.body`}
            label="Text"
            hint="Markdown: blank lines between paragraphs, **bold**, *italics*, lists and links. HTML is not shown."
            defaultValue={section.body}
            rows={8}
            required
            errors={errors?.[`sections.${i}.body`]}
          />
          {preview ? <MarkdownPreview id={`section-${i}-preview`} label={`Preview of section ${i + 1}`} text={section.body} /> : null}
          <span className={styles.buttons}>
            <button type="submit" name="intent" value={`section-up:${i}`} id={editorIds.section(i, 'up')} className="button button-small button-secondary" disabled={i === 0}>
              Move up<span className="visually-hidden"> section {i + 1}</span>
            </button>
            <button
              type="submit"
              name="intent"
              value={`section-down:${i}`}
              id={editorIds.section(i, 'down')}
              className="button button-small button-secondary"
              disabled={i === sections.length - 1}
            >
              Move down<span className="visually-hidden"> section {i + 1}</span>
            </button>
            <button type="submit" name="intent" value={`section-remove:${i}`} id={editorIds.section(i, 'remove')} className="button button-small button-secondary">
              Remove<span className="visually-hidden"> section {i + 1}</span>
            </button>
          </span>
        </fieldset>
      ))}
      <p>
        <button type="submit" name="intent" value="section-add" id={editorIds.addSection} className="button button-secondary">
          Add section
        </button>
      </p>
    </fieldset>
  );
}
