import type { AuditEventRow } from '@/lib/db/audit';
import { TableScroll } from '@/components/ui/table-scroll';
import styles from './audit.module.css';

const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

function Target({ event }: { event: AuditEventRow }) {
  if (!event.targetType) return <span className={styles.muted}>none</span>;
  const label = `${event.targetType} ${event.targetId ?? ''}`.trim();
  if (event.targetType === 'user' && event.targetId) return <a href={`/admin/users/${event.targetId}`}>{label}</a>;
  return <>{label}</>;
}

/** Who acted when nobody was signed in: a command-line tool, or a visitor (a failed sign-in). */
function noActor(details: AuditEventRow['details']): string {
  const via = details && typeof details === 'object' && !Array.isArray(details) ? details.via : undefined;
  return typeof via === 'string' ? via : 'not signed in';
}

function Details({ details }: { details: AuditEventRow['details'] }) {
  if (details === null || details === undefined) return null;
  if (typeof details !== 'object' || Array.isArray(details)) return <span className={styles.code}>{JSON.stringify(details)}</span>;
  return (
    <ul className={styles.details}>
      {Object.entries(details).map(([key, value]) => (
        <li key={key}>
          {key}: <span className={`${styles.code} ${styles.wrap}`}>{typeof value === 'string' ? value : JSON.stringify(value)}</span>
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  return (
    <TableScroll label="Audit events" className={styles.wide}>
      <table className="data-table">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">IP</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.createdAt.toISOString()}>{time.format(event.createdAt)}</time>
              </td>
              <td>{event.actorEmail ?? <span className={styles.muted}>{noActor(event.details)}</span>}</td>
              <td className={`${styles.code} ${styles.nowrap}`}>{event.action}</td>
              <td>
                <Target event={event} />
              </td>
              <td className={styles.code}>{event.ip ?? ''}</td>
              <td>
                <Details details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
