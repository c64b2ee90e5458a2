import Link from 'next/link';
import { DateTime } from '@/components/admin/comparisons/date-time';
import { DecisionPanel } from '@/components/admin/reports/decision-panel';
import { DecisionSummary } from '@/components/admin/reports/decision-summary';
import { ReaderText, SourceLink } from '@/components/admin/reports/reader-text';
import { ReportList } from '@/components/admin/reports/report-list';
import { ReportTargetView } from '@/components/admin/reports/report-target-view';
import { RefusedDecision } from '@/components/admin/reports/refused-decision';
import { ReportStatusBadge } from '@/components/admin/reports/status-badge';
import styles from '@/components/admin/reports/reports.module.css';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import { getReportForDecision, listRevisionChoices } from '@/lib/db/report-review';
import { refusedDecision } from '@/lib/reports/refused-decision';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; side?: string; kept?: string }> };

const byId = adminPageById({ permission: 'reports:decide', get: getReportForDecision, name: (item) => `Report #${item.id} on ${item.comparison.title}`, fallback: 'Report' });

export const generateMetadata = byId.generateMetadata;

const DONE: Record<string, string> = {
  applied: 'Accepted and applied: the public pages show the new value now.',
  accepted: 'Accepted, and linked to the revision that fixed it.',
  rejected: 'Rejected: the reader sees your reason on their tracking page.',
  duplicate: 'Marked as a duplicate.',
  spam: 'Marked as spam: hidden from the queue and counted against the sender’s address.',
};

/** One report, on one screen: what the reader wrote, what it is about as it is now, and the decision. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('reports:decide', { from: `/admin/reports/${rawId}`, keptField: 'decision' });
  const report = await byId.load(actor, rawId);
  if (!report) return <AdminNotFound what="report" back={{ href: '/admin/reports', label: 'Reports' }} />;
  const { done, side: sideParam, kept: keptId } = await searchParams;
  const kept = await keptFormState({ kept: keptId, path: `/admin/reports/${rawId}`, field: 'decision', actor });
  // The side chosen on the page (?side=) is in a kept decision's input too.
  const side = sideParam ?? kept?.values?.side;
  // A decision sent without JavaScript after someone else decided the report: its form is gone.
  const refused = report.decision ? refusedDecision(report.id) : null;
  const revisions = report.status === 'OPEN' ? await listRevisionChoices({ actor, comparisonId: report.comparison.id }) : [];
  const { comparison } = report;
  const readers = 1 + report.grouped.length;

  return (
    <>
      <p>
        <Link href="/admin/reports">← Reports</Link>
      </p>
      <h1>
        Report #{report.id} on {comparison.title}
      </h1>
      {done && DONE[done] ? (
        <div className="form-message form-message-ok" role="status">
          <p>
            <strong>{DONE[done]}</strong>
            {done !== 'spam' ? ' Readers who left an email address are sent a message with their tracking link.' : null}
          </p>
          <p>
            <Link href="/admin/reports">Back to the open reports</Link>
          </p>
        </div>
      ) : null}
      {refused ? <RefusedDecision refused={refused} decidedBy={report.decision?.decidedBy ?? null} /> : null}
      <ul className={styles['meta-list']}>
        <li>
          Status: <ReportStatusBadge status={report.status} />
        </li>
        <li>
          Received <DateTime date={report.createdAt} />
        </li>
        <li>{report.target}</li>
        <li>{comparison.status === 'PUBLISHED' ? <Link href={`/${comparison.slug}`}>View the public page</Link> : `The comparison is ${comparison.status.toLowerCase()}.`}</li>
      </ul>
      {report.groupedWith ? (
        <p>
          Grouped with <Link href={`/admin/reports/${report.groupedWith.id}`}>report #{report.groupedWith.id}</Link> (same target and suggestion): deciding that one decides this
          one too.
        </p>
      ) : null}

      <section aria-labelledby="reader-heading">
        <h2 id="reader-heading">What the reader wrote</h2>
        {readers > 1 ? <p className={styles.readers}>{readers} readers reported this</p> : null}
        <ReaderText text={report.message} />
        <p>Source: {report.sourceUrl ? <SourceLink url={report.sourceUrl} /> : 'none given.'}</p>
        <p className={styles.meta}>
          {report.hasEmail ? 'The reader left an email address and is told of the decision.' : 'No email address: the reader follows the outcome at their private link.'}
        </p>
      </section>

      <section aria-labelledby="target-heading">
        <h2 id="target-heading">What it is about, as the page shows it now</h2>
        <ReportTargetView report={report} />
      </section>

      {report.grouped.length > 0 ? (
        <section aria-labelledby="grouped-heading">
          <h2 id="grouped-heading">Grouped with this report ({report.grouped.length})</h2>
          <ReportList reports={report.grouped} linked />
        </section>
      ) : null}

      {report.decision ? (
        <DecisionSummary decision={report.decision} history={report.history} />
      ) : (
        <DecisionPanel report={report} revisions={revisions} chosenSide={side === 'A' || side === 'B' ? side : undefined} kept={kept} />
      )}

      <section aria-labelledby="others-heading">
        <h2 id="others-heading">Other reports on this comparison</h2>
        {report.others.length > 0 ? <ReportList reports={report.others} linked /> : <p>None.</p>}
      </section>
    </>
  );
}
