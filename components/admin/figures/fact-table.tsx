import Link from 'next/link';
import type { FigureFactRow } from '@/lib/db/facts';
import styles from './figures.module.css';

/** Every attribute with the figure's value for it, and a link to add or edit it. */
export function FactTable({ figureId, rows }: { figureId: number; rows: FigureFactRow[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className="data-table">
        <caption className="visually-hidden">Facts</caption>
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Value</th>
            <th scope="col">Published comparisons showing it</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ attribute, fact, publishedComparisons }) => (
            <tr key={attribute.id}>
              <th scope="row">{attribute.label}</th>
              <td>{fact ? fact.value : <span className={styles.muted}>No value</span>}</td>
              <td>{publishedComparisons}</td>
              <td>
                <Link href={`/admin/figures/${figureId}/facts/${attribute.id}`}>
                  {fact ? 'Edit' : 'Add'}
                  <span className="visually-hidden"> {attribute.label}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
