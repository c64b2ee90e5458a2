import type { FactView, TableRow } from '@/lib/db/comparisons';

function Value({ fact, figureName, label, reportHref }: { fact: FactView | null; figureName: string; label: string; reportHref?: string }) {
  const report = reportHref ? (
    <a className="report-link" href={reportHref} rel="nofollow">
      Report<span className="visually-hidden">{` an error in ${figureName}: ${label}`}</span>
    </a>
  ) : null;
  if (!fact) {
    return (
      <>
        <span className="missing">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">No value recorded</span>
        </span>
        {report}
      </>
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
      {report}
    </>
  );
}

/** The side-by-side table. With `reportSlug`, each value has a link to report an error in it. */
export function AttributeTable({ caption, nameA, nameB, rows, reportSlug }: { caption: string; nameA: string; nameB: string; rows: TableRow[]; reportSlug?: string }) {
  const reportHref = (rowId: number, side: 'A' | 'B') => (reportSlug ? `/report/${reportSlug}?row=${rowId}&side=${side}` : undefined);
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
                <Value fact={row.a} figureName={nameA} label={row.attribute.label} reportHref={reportHref(row.id, 'A')} />
              </td>
              <td role="cell">
                <Value fact={row.b} figureName={nameB} label={row.attribute.label} reportHref={reportHref(row.id, 'B')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
