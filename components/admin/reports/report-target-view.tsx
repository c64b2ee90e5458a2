import Link from 'next/link';
import { Markdown } from '@/components/ui/markdown';
import type { ReportForDecision } from '@/lib/db/report-review';
import { TableScroll } from '@/components/ui/table-scroll';
import styles from './reports.module.css';

/**
 * What the reader points at, as the page shows it now: the row with both sides' values and the
 * current value next to the suggested one, or the section, or the whole page.
 */
export function ReportTargetView({ report }: { report: ReportForDecision }) {
  const { comparison, row, section, side } = report;
  if (row) {
    const reported = side === 'A' ? row.factA : side === 'B' ? row.factB : null;
    const name = side === 'A' ? comparison.figureA.name : side === 'B' ? comparison.figureB.name : null;
    return (
      <>
        <TableScroll label={`The row “${row.attribute.label}” on the page now`}>
          <table className="data-table">
            <caption className="visually-hidden">The row “{row.attribute.label}” on the page now</caption>
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">{comparison.figureA.name}</th>
                <th scope="col">{comparison.figureB.name}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{row.attribute.label}</th>
                <td className={side === 'A' ? styles['reported-cell'] : undefined}>{row.factA?.value ?? <em>No value</em>}</td>
                <td className={side === 'B' ? styles['reported-cell'] : undefined}>{row.factB?.value ?? <em>No value</em>}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
        {name ? (
          <div className={styles.compare}>
            <div>
              <h3>Current value ({name})</h3>
              <p>{reported?.value ?? 'No value yet'}</p>
            </div>
            <div className={styles.suggested}>
              <h3>Suggested value</h3>
              <p>{report.suggestedValue ?? 'The reader did not suggest one.'}</p>
            </div>
          </div>
        ) : null}
      </>
    );
  }
  if (section) {
    return (
      <>
        <h3>{section.heading}</h3>
        <div className={styles['section-body']}>
          <Markdown>{section.body}</Markdown>
        </div>
        {report.suggestedValue ? (
          <div className={styles.compare}>
            <div className={styles.suggested}>
              <h3>Suggested correction</h3>
              <p>{report.suggestedValue}</p>
            </div>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <p>
      The whole page{comparison.status === 'PUBLISHED' ? (
        <>
          : <Link href={`/${comparison.slug}`}>/{comparison.slug}</Link>
        </>
      ) : null}
      .{report.suggestedValue ? ` Suggested correction: “${report.suggestedValue}”.` : ''}
    </p>
  );
}
