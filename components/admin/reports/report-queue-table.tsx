import { DateTime } from '@/components/admin/comparisons/date-time';
import type { QueueItem } from '@/lib/db/report-queue';
import { TableScroll } from '@/components/ui/table-scroll';
import { ReadersCount, ReportStatusBadge } from './status-badge';
import styles from './reports.module.css';

export function ReportQueueTable({ items }: { items: QueueItem[] }) {
  return (
    <TableScroll label="Reports">
      <table className="data-table">
        <caption className="visually-hidden">Reports, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">About</th>
            <th scope="col">What the reader wrote</th>
            <th scope="col">Suggested</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={`/admin/reports/${r.id}`}>Report #{r.id}</a>
                <br />
                <DateTime date={r.createdAt} />
              </th>
              <td>
                {r.comparison.title}
                <br />
                {r.target}
              </td>
              <td>
                <span className={styles.excerpt}>{r.message}</span>
                <ReadersCount readers={r.readers} />
              </td>
              <td className={styles.excerpt}>{r.suggestedValue ?? '—'}</td>
              <td>
                <ReportStatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
