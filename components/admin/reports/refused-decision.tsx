import type { ActionResult } from '@/lib/actions/result';
import styles from './reports.module.css';

/** What the editor typed into the refused decision, under the names its form gives the fields. */
function typedTexts(values: Record<string, string> = {}): { label: string; text: string }[] {
  const labels: Record<string, string> = {
    value: 'New value',
    sourceUrl: 'Source link',
    resolution: values.decision === 'reject' ? 'Reason for the reader' : 'Note to the reader',
    noticeText: 'Correction notice',
  };
  return Object.entries(labels).flatMap(([field, label]) => (values[field]?.trim() ? [{ label, text: values[field] }] : []));
}

/**
 * A decision sent without JavaScript after someone else decided the report: its form is gone, so
 * the page says nothing was saved, points to the decision, and keeps what the editor typed.
 */
export function RefusedDecision({ refused, decidedBy }: { refused: ActionResult; decidedBy: string | null }) {
  const typed = typedTexts(refused.values);
  return (
    <div className="form-message form-message-error" role="status">
      <p>
        <strong>{decidedBy ?? 'Another editor'} decided this report while you were looking at it; nothing you sent was saved.</strong> Here is the report as it is now:{' '}
        <a href="#decision-heading">see the decision</a>.
      </p>
      {typed.length > 0 ? (
        <>
          <p>What you wrote, not saved:</p>
          <dl className={styles.typed}>
            {typed.map(({ label, text }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </div>
  );
}
