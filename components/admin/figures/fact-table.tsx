import type { FigureFactRow } from '@/lib/db/facts';
import { TableScroll } from '@/components/ui/table-scroll';
import styles from './figures.module.css';

function Rows({ figureId, rows, caption }: { figureId: number; rows: FigureFactRow[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
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
                <a href={`/admin/figures/${figureId}/facts/${attribute.id}`}>
                  {fact ? 'Edit' : 'Add'}
                  <span className="visually-hidden"> {attribute.label}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The figure's facts, then (folded away) every other attribute, each with a link to add or edit it. */
export function FactTable({ figureId, rows }: { figureId: number; rows: FigureFactRow[] }) {
  const withValue = rows.filter((r) => r.fact);
  const without = rows.filter((r) => !r.fact);
  return (
    <>
      {withValue.length > 0 ? <Rows figureId={figureId} rows={withValue} caption="Facts" /> : <p>No facts recorded yet.</p>}
      {without.length > 0 ? (
        <details className={styles.otherAttributes} open={withValue.length === 0}>
          <summary>Add a fact for another attribute ({without.length})</summary>
          <Rows figureId={figureId} rows={without} caption="Attributes without a value" />
        </details>
      ) : null}
    </>
  );
}
