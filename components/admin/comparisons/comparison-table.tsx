import Link from 'next/link';
import type { AdminComparisonRow } from '@/lib/db/admin-comparisons';
import { DateTime } from './date-time';
import { StatusBadge } from './status-badge';
import styles from './comparisons.module.css';

export function ComparisonTable({ items, canPreview }: { items: AdminComparisonRow[]; canPreview: boolean }) {
  return (
    <div className={styles['table-wrap']}>
      <table className="data-table">
        <caption className="visually-hidden">Comparisons</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Figures</th>
            <th scope="col">Status</th>
            <th scope="col">Last change</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/admin/comparisons/${c.id}`}>{c.title}</Link>
              </th>
              <td>
                {c.figureA.name} · {c.figureB.name}
              </td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td>
                <DateTime date={c.updatedAt} />
              </td>
              <td>
                <span className={styles['table-actions']}>
                  <Link href={`/admin/comparisons/${c.id}/history`}>
                    History<span className="visually-hidden"> of {c.title}</span>
                  </Link>
                  {canPreview ? (
                    <Link href={`/admin/comparisons/${c.id}/preview`}>
                      Preview<span className="visually-hidden"> {c.title}</span>
                    </Link>
                  ) : null}
                  {c.status === 'PUBLISHED' ? (
                    <Link href={`/${c.slug}`}>
                      View<span className="visually-hidden"> {c.title}</span> on the site
                    </Link>
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
