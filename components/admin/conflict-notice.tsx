import type { Conflict } from '@/lib/actions/result';
import { diffSnapshots } from '@/lib/revisions/diff';
import styles from './conflict-notice.module.css';
import { FieldDiffView } from './field-diff';

/**
 * Shown when a save was refused because someone else saved first: for each field where their
 * version differs from the editor's kept input, the two word by word.
 */
export function ConflictNotice({ conflict, yours, labels, noun }: { conflict: Conflict; yours: Record<string, string>; labels: Record<string, string>; noun: string }) {
  const fields = Object.keys(labels).filter((field) => field in conflict.theirs && field in yours);
  const diffs = diffSnapshots(yours, conflict.theirs, fields);
  const when = conflict.changedAt ? new Date(conflict.changedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : null;
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" className={styles.heading}>Someone else saved this {noun} first</h2>
      <p>
        {conflict.changedBy ?? 'Another editor'} saved version {conflict.version}
        {when ? ` on ${when}` : ''}. Your changes were not saved, and are kept in the form below.
        {diffs.length > 0
          ? ' Where their version differs from yours, both are shown here: struck-through words are only in yours, underlined words only in theirs.'
          : ' Their version has the same values as yours in this form.'}{' '}
        Merge what you want to keep, then save again.
      </p>
      {diffs.map((diff) => (
        <div key={diff.field}>
          <FieldDiffView diff={diff} label={labels[diff.field] ?? diff.field} />
          <p>
            <strong>Their {labels[diff.field]?.toLowerCase() ?? diff.field}:</strong> {diff.after || '(empty)'}
          </p>
        </div>
      ))}
    </section>
  );
}
