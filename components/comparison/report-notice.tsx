import Link from 'next/link';

/** The promise at the foot of every comparison page. */
export function ReportNotice({ href }: { href: string }) {
  return (
    <aside className="report-notice" aria-label="Report an inaccuracy">
      <p>
        Comparisons may contain inaccurate information about people, places, or facts. Please <Link href={href}>report</Link> any issues.
      </p>
    </aside>
  );
}
