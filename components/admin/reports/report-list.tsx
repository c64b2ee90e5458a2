import Link from 'next/link';
import { DateTime } from '@/components/admin/comparisons/date-time';
import type { ReportSummary } from '@/lib/db/report-review';
import { ReportStatusBadge } from './status-badge';
import styles from './reports.module.css';

/** Reports in short: grouped with this one, or others on the same comparison. */
export function ReportList({ reports, linked }: { reports: ReportSummary[]; linked: boolean }) {
  return (
    <ul className={styles['report-list']}>
      {reports.map((r) => (
        <li key={r.id}>
          <p className={styles.meta}>
            {linked ? <Link href={`/admin/reports/${r.id}`}>Report #{r.id}</Link> : <>Report #{r.id}</>} · <DateTime date={r.createdAt} /> · {r.target} · <ReportStatusBadge status={r.status} />
            {r.hasEmail ? ' · left an email' : ''}
          </p>
          <p className={styles.excerpt}>{r.message}</p>
          {r.suggestedValue ? <p>Suggested: “{r.suggestedValue}”</p> : null}
        </li>
      ))}
    </ul>
  );
}
