import type { RevisionSummary } from '@/lib/db/revisions';
import { TableScroll } from '@/components/ui/table-scroll';
import { DateTime } from './date-time';
import styles from './comparisons.module.css';

type Props = { comparisonId: number; currentVersion: number; revisions: RevisionSummary[] };

/** Every revision, newest first: who saved it, when, their note, and what to do with it. */
export function RevisionTable({ comparisonId, currentVersion, revisions }: Props) {
  const base = `/admin/comparisons/${comparisonId}/history`;
  return (
    <TableScroll label="Revisions">
      <table className="data-table">
        <caption className="visually-hidden">Revisions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Note</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.version}
                {r.version === currentVersion ? <span className={styles['current-tag']}> (current)</span> : null}
              </th>
              <td>
                <DateTime date={r.createdAt} />
              </td>
              <td>{r.author?.name ?? 'A deleted user'}</td>
              <td>{r.message ?? ''}</td>
              <td>
                <span className={styles['table-actions']}>
                  {r.version > 1 ? (
                    <a href={`${base}?from=${r.version - 1}&to=${r.version}`}>
                      Changes<span className="visually-hidden"> in version {r.version}</span>
                    </a>
                  ) : null}
                  {r.version !== currentVersion ? (
                    <a href={`${base}/${r.version}`}>
                      Restore<span className="visually-hidden"> version {r.version}</span>…
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
