import Link from 'next/link';
import type { ActionResult } from '@/lib/actions/result';
import type { ReportForDecision, RevisionLink } from '@/lib/db/report-review';
import { AcceptApplyForm } from './accept-apply-form';
import { AcceptFixedForm } from './accept-fixed-form';
import type { DecisionKind } from './decision-parts';
import { DuplicateForm } from './duplicate-form';
import { RejectForm } from './reject-form';
import { SpamForm } from './spam-form';
import styles from './reports.module.css';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

function revisionText(r: RevisionLink): string {
  return `#${r.id}: ${r.label}, version ${r.version}, ${when.format(r.createdAt)}${r.author ? ` by ${r.author}` : ''}${r.message ? ` (${excerpt(r.message, 50)})` : ''}`;
}

/**
 * The decisions open to the editor. Accepting and applying needs a side: a row report without
 * one asks which (a link, so it works without JavaScript).
 */
type Props = {
  report: ReportForDecision;
  revisions: RevisionLink[];
  chosenSide?: 'A' | 'B';
  /** Input of a decision sent without JavaScript as the editor's session ended (lib/kept-forms.ts). */
  kept?: ActionResult;
};

export function DecisionPanel({ report, revisions, chosenSide, kept }: Props) {
  /** The kept input, for the form of the decision it was sent with. */
  const keptFor = (decision: DecisionKind) => (kept?.values?.decision === decision ? kept : undefined);
  const { row, comparison } = report;
  const side = report.side ?? chosenSide;
  const grouped = report.grouped.filter((g) => g.status === 'OPEN').length;
  const canApply = !!row && !!side;
  const duplicateChoices = report.others.map((o) => ({ id: o.id, text: `#${o.id}, ${when.format(o.createdAt)}, ${o.target}: ${excerpt(o.message)}` }));
  return (
    <section aria-labelledby="decide-heading" id="decide">
      <h2 id="decide-heading">Decide</h2>
      {grouped > 0 ? <p>The decision also applies to the {grouped === 1 ? 'report' : `${grouped} reports`} grouped with this one.</p> : null}
      {row && !side ? (
        <p>
          The reader did not say whose value is wrong. Apply the correction to{' '}
          <Link href={`/admin/reports/${report.id}?side=A#decide`}>{comparison.figureA.name}’s value</Link> or{' '}
          <Link href={`/admin/reports/${report.id}?side=B#decide`}>{comparison.figureB.name}’s value</Link>.
        </p>
      ) : null}
      <div className={styles.decisions}>
        {canApply ? (
          <AcceptApplyForm
            reportId={report.id}
            version={report.version}
            side={side}
            figureName={side === 'A' ? comparison.figureA.name : comparison.figureB.name}
            attributeLabel={row.attribute.label}
            fact={side === 'A' ? row.factA : row.factB}
            suggestedValue={report.suggestedValue}
            readerSource={report.sourceUrl}
            open
            keptInput={keptFor('apply')}
          />
        ) : null}
        <AcceptFixedForm reportId={report.id} version={report.version} revisions={revisions.map((r) => ({ id: r.id, text: revisionText(r) }))} open={!row} keptInput={keptFor('fixed')} />
        <RejectForm reportId={report.id} version={report.version} grouped={grouped} open={false} keptInput={keptFor('reject')} />
        <DuplicateForm reportId={report.id} version={report.version} choices={duplicateChoices} open={false} keptInput={keptFor('duplicate')} />
        <SpamForm reportId={report.id} version={report.version} grouped={grouped} open={false} keptInput={keptFor('spam')} />
      </div>
    </section>
  );
}
