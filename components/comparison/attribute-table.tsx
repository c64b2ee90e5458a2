import type { FactView, TableRow } from '@/lib/db/comparisons';

function Value({ fact, figureName, label }: { fact: FactView | null; figureName: string; label: string }) {
  if (!fact) {
    return (
      <span className="missing">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">No value recorded</span>
      </span>
    );
  }
  return (
    <>
      {fact.value}
      {fact.sourceUrl ? (
        <a className="source" href={fact.sourceUrl} rel="noopener nofollow">
          Source<span className="visually-hidden">{` for ${figureName}: ${label}`}</span>
        </a>
      ) : null}
    </>
  );
}

/** The side-by-side table: a caption, named columns and one scoped header cell per row. */
export function AttributeTable({ caption, nameA, nameB, rows }: { caption: string; nameA: string; nameB: string; rows: TableRow[] }) {
  return (
    <div className="table-wrap">
      <table className="attribute-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Attribute
            </th>
            <th scope="col" role="columnheader">
              {nameA}
            </th>
            <th scope="col" role="columnheader">
              {nameB}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row">
              <th scope="row" role="rowheader">
                {row.attribute.label}
              </th>
              <td role="cell">
                <Value fact={row.a} figureName={nameA} label={row.attribute.label} />
              </td>
              <td role="cell">
                <Value fact={row.b} figureName={nameB} label={row.attribute.label} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
