import type { AdminComparisonRow } from '@/lib/db/admin-comparisons';
import { TableScroll } from '@/components/ui/table-scroll';
import { DateTime } from './date-time';
import { StatusBadge } from './status-badge';
import styles from './comparisons.module.css';

// Rows of admin lists link with plain <a>, as every admin table does: next/link renders a client
// component per link and prefetches every link in view, which on a 25-row page with three links a
// row cost a quarter of the page's throughput (measured with npm run bench).
export function ComparisonTable({ items, canPreview }: { items: AdminComparisonRow[]; canPreview: boolean }) {
  return (
    <TableScroll label="Comparisons">
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
                <a href={`/admin/comparisons/${c.id}`}>{c.title}</a>
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
                  <a href={`/admin/comparisons/${c.id}/history`}>
                    History<span className="visually-hidden"> of {c.title}</span>
                  </a>
                  {canPreview ? (
                    <a href={`/admin/comparisons/${c.id}/preview`}>
                      Preview<span className="visually-hidden"> {c.title}</span>
                    </a>
                  ) : null}
                  {c.status === 'PUBLISHED' ? (
                    <a href={`/${c.slug}`}>
                      View<span className="visually-hidden"> {c.title}</span> on the site
                    </a>
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
