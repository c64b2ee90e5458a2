import { editorIds } from '@/lib/comparisons/editor-form';
import type { AttributeChoice } from '@/lib/db/admin-comparisons';
import { SelectField } from '@/components/ui/field';
import styles from './editor.module.css';

type Props = { rows: string[]; attributes: AttributeChoice[]; nameA: string; nameB: string; errors?: string[] };

/**
 * The attribute table's rows, top to bottom. The buttons submit the form with an intent
 * ("row-up:2"), so reordering works without JavaScript; the editor applies them in the
 * browser when it can.
 */
export function EditorRows({ rows, attributes, nameA, nameB, errors }: Props) {
  const byId = new Map(attributes.map((a) => [String(a.id), a]));
  const unused = attributes.filter((a) => !rows.includes(String(a.id)));
  const groups = [
    { label: 'Both have a value', items: unused.filter((a) => a.hasA && a.hasB) },
    { label: `Only ${nameA} has a value`, items: unused.filter((a) => a.hasA && !a.hasB) },
    { label: `Only ${nameB} has a value`, items: unused.filter((a) => !a.hasA && a.hasB) },
    { label: 'Neither has a value yet', items: unused.filter((a) => !a.hasA && !a.hasB) },
  ].filter((g) => g.items.length > 0);

  return (
    <fieldset className={styles.fieldset} aria-describedby={errors?.length ? 'rows-error' : 'rows-hint'}>
      <legend>Table rows</legend>
      <p className="field-hint" id="rows-hint">
        The attributes compared in the table, top to bottom. A row is flagged when a side has no value: add the fact on the figure, or remove the row.
      </p>
      {errors?.length ? (
        <p className="field-error" id="rows-error">
          {errors.join(' ')}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ol className={styles.list}>
          {rows.map((id, i) => {
            const attribute = byId.get(id);
            const label = attribute?.label ?? `Unknown attribute ${id}`;
            return (
              <li key={id} className={styles.row}>
                <input type="hidden" name={`rows.${i}`} value={id} />
                <span className={styles['row-label']}>{label}</span>
                {attribute && !attribute.hasA ? <span className={styles.flag}>No value for {nameA}</span> : null}
                {attribute && !attribute.hasB ? <span className={styles.flag}>No value for {nameB}</span> : null}
                <span className={styles.buttons}>
                  <button type="submit" name="intent" value={`row-up:${i}`} id={editorIds.row(id, 'up')} className="button button-small button-secondary" disabled={i === 0}>
                    Move up<span className="visually-hidden"> row: {label}</span>
                  </button>
                  <button type="submit" name="intent" value={`row-down:${i}`} id={editorIds.row(id, 'down')} className="button button-small button-secondary" disabled={i === rows.length - 1}>
                    Move down<span className="visually-hidden"> row: {label}</span>
                  </button>
                  <button type="submit" name="intent" value={`row-remove:${i}`} id={editorIds.row(id, 'remove')} className="button button-small button-secondary">
                    Remove<span className="visually-hidden"> row: {label}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>No rows yet: the table will be empty.</p>
      )}
      {groups.length > 0 ? (
        <div className={styles.add}>
          <SelectField id={editorIds.newRow} name="newRow" label="Attribute to add" defaultValue="">
            <option value="">Choose an attribute…</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.items.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <button type="submit" name="intent" value="row-add" className="button button-secondary">
            Add row
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
