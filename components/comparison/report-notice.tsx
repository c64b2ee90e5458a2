import Link from 'next/link';

/** The promise at the foot of every comparison page. */
export function ReportNotice({ href, reportTarget }: { href: string; reportTarget?: string }) {
  return (
    <aside className="report-notice" aria-label="Report an inaccuracy">
      <p>
        Comparisons may contain inaccurate information about people, places, or facts. Please{' '}
        {reportTarget ? (
          <a href={href} data-report={reportTarget} rel="nofollow">
            report
          </a>
        ) : (
          <Link href={href}>report</Link>
        )}{' '}
        any issues.
      </p>
    </aside>
  );
}
