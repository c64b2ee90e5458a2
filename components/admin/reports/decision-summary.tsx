import Link from 'next/link';
import { DateTime } from '@/components/admin/comparisons/date-time';
import { DateText } from '@/components/ui/date-text';
import type { ReportForDecision } from '@/lib/db/report-review';
import { ReportStatusBadge } from './status-badge';
import styles from './reports.module.css';

const ACTIONS: Record<string, string> = {
  'report.accepted': 'accepted',
  'report.rejected': 'rejected',
  'report.duplicate': 'marked as a duplicate',
  'report.spam': 'marked as spam',
};

/** A decided report: the decision, what it links to, and its history. */
export function DecisionSummary({ decision, history }: { decision: NonNullable<ReportForDecision['decision']>; history: ReportForDecision['history'] }) {
  return (
    <section className={styles.panel} aria-labelledby="decision-heading">
      <h2 id="decision-heading">
        Decision: <ReportStatusBadge status={decision.status} />
      </h2>
      <dl>
        <div>
          <dt>Decided by</dt>
          <dd>
            {decision.decidedBy ?? 'A former editor'}
            {decision.decidedAt ? (
              <>
                , <DateTime date={decision.decidedAt} />
              </>
            ) : null}
          </dd>
        </div>
        {decision.resolution ? (
          <div>
            <dt>Note the reader sees</dt>
            <dd>{decision.resolution}</dd>
          </div>
        ) : null}
        {decision.revision ? (
          <div>
            <dt>Fixed by</dt>
            <dd>
              <Link href={decision.revision.href}>
                Revision #{decision.revision.id}: {decision.revision.label}, version {decision.revision.version}
              </Link>
            </dd>
          </div>
        ) : null}
        {decision.duplicateOf ? (
          <div>
            <dt>Repeats</dt>
            <dd>
              <Link href={`/admin/reports/${decision.duplicateOf.id}`}>Report #{decision.duplicateOf.id}</Link>
            </dd>
          </div>
        ) : null}
        {decision.notice ? (
          <div>
            <dt>Correction notice</dt>
            <dd>
              Correction, <DateText date={decision.notice.publishedAt} />: {decision.notice.text}
            </dd>
          </div>
        ) : null}
      </dl>
      {history.length > 0 ? (
        <>
          <h3>History</h3>
          <ol className={styles.history}>
            {history.map((h, i) => (
              <li key={i}>
                <DateTime date={h.createdAt} />: {h.actor ?? 'Someone'} {ACTIONS[h.action] ?? h.action}
                {typeof h.details === 'object' && h.details && 'groupedWith' in h.details ? ` with report #${String(h.details.groupedWith)}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
