import { FieldDiffView } from '@/components/admin/field-diff';
import type { Conflict } from '@/lib/actions/result';
import { COMPARISON_FIELD_LABELS, type ComparisonField } from '@/lib/comparisons/snapshot';
import { diffSnapshots } from '@/lib/revisions/diff';
import { DateTime } from './date-time';
import styles from './editor.module.css';

type Props = { conflict: Conflict; yours: Partial<Record<ComparisonField, string>> };

/**
 * Someone else saved first. For each field where their version differs from the editor's
 * kept input: their text, and the word-level difference from theirs to yours.
 */
export function ConflictView({ conflict, yours }: Props) {
  const fields = (Object.keys(yours) as ComparisonField[]).filter((f) => f in conflict.theirs);
  const diffs = diffSnapshots(conflict.theirs, yours, fields);
  const who = conflict.changedBy ?? 'Another editor';
  return (
    <section className="conflict" aria-labelledby="conflict-heading" tabIndex={-1} id="conflict">
      <h2 id="conflict-heading">Not saved: {who} saved a newer version</h2>
      <p>
        {who} saved version {conflict.version}
        {conflict.changedAt ? (
          <>
            {' '}
            on <DateTime date={conflict.changedAt} />
          </>
        ) : null}{' '}
        while you were editing. Your input is kept in the form below. Compare it with their version, merge what you want to keep, then save again: your save
        will replace version {conflict.version}.
      </p>
      {diffs.length === 0 ? (
        <p>Their text matches your input; they changed something else (such as the status). Save again to keep your input.</p>
      ) : (
        <p>Words struck through are only in their version; underlined words are only in yours.</p>
      )}
      {diffs.map((diff) => (
        <div key={diff.field} className={styles['conflict-field']}>
          <h3>{COMPARISON_FIELD_LABELS[diff.field as ComparisonField]}</h3>
          <div>
            <h4>Their version</h4>
            <p className="diff-text">{diff.before || '(empty)'}</p>
          </div>
          <div>
            <h4>From theirs to yours</h4>
            <FieldDiffView diff={diff} label={COMPARISON_FIELD_LABELS[diff.field as ComparisonField]} />
          </div>
        </div>
      ))}
    </section>
  );
}
