import { FieldDiffView } from '@/components/admin/field-diff';
import { COMPARISON_FIELD_LABELS, COMPARISON_FIELDS, comparisonTexts, type ComparisonField, type ComparisonSnapshot } from '@/lib/comparisons/snapshot';
import { diffSnapshots } from '@/lib/revisions/diff';
import styles from './comparisons.module.css';

/** Field by field, word by word: what changed from one revision's snapshot to another's. */
export function RevisionDiff({ before, after }: { before: ComparisonSnapshot; after: ComparisonSnapshot }) {
  const diffs = diffSnapshots(comparisonTexts(before), comparisonTexts(after), [...COMPARISON_FIELDS]);
  if (diffs.length === 0) return <p>No differences: the two revisions have the same content and status.</p>;
  return (
    <div className={styles.diffs}>
      <p>Words struck through were removed; underlined words were added.</p>
      {diffs.map((diff) => (
        <FieldDiffView key={diff.field} diff={diff} label={COMPARISON_FIELD_LABELS[diff.field as ComparisonField]} />
      ))}
    </div>
  );
}
