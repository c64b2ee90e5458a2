import { DateTime } from '@/components/admin/comparisons/date-time';
import type { OutboxListItem } from '@/lib/db/outbox';
import { TableScroll } from '@/components/ui/table-scroll';
import styles from './reports.module.css';

const STATUS_LABELS = { PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Failed' } as const;

/** Queued and sent messages, newest first; each body folds out. */
export function OutboxTable({ items }: { items: OutboxListItem[] }) {
  return (
    <TableScroll label="Messages">
      <table className="data-table">
        <caption className="visually-hidden">Messages, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Queued</th>
            <th scope="col">To</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>
                <DateTime date={m.createdAt} />
              </td>
              <td>{m.to}</td>
              <td>
                <details>
                  <summary>{m.subject}</summary>
                  <pre className={styles.body}>{m.body}</pre>
                </details>
              </td>
              <td>
                <span className={`${styles.status} ${styles[`status-${m.status}`]}`}>{STATUS_LABELS[m.status]}</span>
                {m.sentAt ? (
                  <>
                    <br />
                    <DateTime date={m.sentAt} />
                  </>
                ) : null}
              </td>
              <td>{m.attempts}</td>
              <td className={styles['error-text']}>{m.lastError ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
