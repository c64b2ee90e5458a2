import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { DateText } from '@/components/ui/date-text';
import { getReportForTracking } from '@/lib/db/reports';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ new?: string }> };

// One lookup per request for the title and the page.
const loadReport = cache((token: string) => getReportForTracking({ token }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).token);
  return { title: report ? 'Your report' : 'Report not found', robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

const STATUS: Record<string, { label: string; text: string }> = {
  OPEN: { label: 'Waiting for an editor', text: 'An editor has not decided on it yet. This page will show the outcome.' },
  ACCEPTED: { label: 'Accepted', text: 'The editors agreed and corrected the page.' },
  REJECTED: { label: 'Not changed', text: 'The editors looked into it and decided not to change the page.' },
  DUPLICATE: { label: 'Already reported', text: 'Another reader reported the same thing; it is handled together with that report.' },
  SPAM: { label: 'Closed', text: 'This report was closed without a change.' },
};

/** A reader's private tracking page: the report's status and outcome, nothing about the reporter. */
export default async function ReportTrackingPage({ params, searchParams }: Props) {
  const [{ token }, { new: isNew }] = await Promise.all([params, searchParams]);
  const report = await loadReport(token);
  if (!report) {
    // The helpful page under a 404 status: notFound() would answer an empty shell without JavaScript in Next 16.4 (vercel/next.js#98295).
    const suggestions = await suggestComparisons();
    return <NotFoundView title="We could not find that report" message="Check that the link is complete. Reports are kept by their private link only." suggestions={suggestions} perRequest />;
  }
  const status = STATUS[report.status] ?? STATUS.OPEN!;
  return (
    <div className="narrow-page">
      <h1>Your report</h1>
      {isNew ? (
        <div className="form-message form-message-ok" role="status">
          <p>
            <strong>Thank you.</strong> Keep this page&apos;s address to follow what happens: it is private to you.
          </p>
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>About</dt>
          <dd>
            {report.target} in {report.comparison.published ? <Link href={`/${report.comparison.slug}`}>{report.comparison.title}</Link> : report.comparison.title}
          </dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>
            <DateText date={report.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <strong>{status.label}</strong>. {status.text}
          </dd>
        </div>
        {report.decidedAt ? (
          <div>
            <dt>Decided</dt>
            <dd>
              <DateText date={report.decidedAt} />
            </dd>
          </div>
        ) : null}
        {report.resolution ? (
          <div>
            <dt>The editors&apos; note</dt>
            <dd>{report.resolution}</dd>
          </div>
        ) : null}
        {report.notice ? (
          <div>
            <dt>Correction published</dt>
            <dd>
              <DateText date={report.notice.publishedAt} />: {report.notice.text}
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
