import Link from 'next/link';

/**
 * The promise at the foot of every comparison page. `opensForm`: the link leads to the page's report
 * form (which the ReportLauncher opens inline), rather than to the page explaining how to report.
 */
export function ReportNotice({ href, opensForm = false }: { href: string; opensForm?: boolean }) {
  return (
    <aside className="report-notice" aria-label="Report an inaccuracy">
      <p>
        Comparisons may contain inaccurate information about people, places, or facts. Please{' '}
        {opensForm ? (
          <a href={href} rel="nofollow">
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
