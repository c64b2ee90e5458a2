import type { Metadata } from 'next';
import { ReportFilters } from '@/components/admin/reports/report-filters';
import { ReportQueueTable } from '@/components/admin/reports/report-queue-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePageActor } from '@/lib/auth/session';
import { listReportedComparisons, listReportQueue } from '@/lib/db/report-queue';
import { queueHref, readQueueFilters, STATUS_FILTER_LABELS } from '@/lib/reports/queue-filters';

export const metadata: Metadata = { title: 'Reports' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The editors' queue of readers' reports: open ones by default, oldest first. */
export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requirePageActor('reports:decide', { from: '/admin/reports' });
  const filters = readQueueFilters(await searchParams);
  const [queue, comparisons] = await Promise.all([listReportQueue({ actor, filters }), listReportedComparisons({ actor })]);
  const label = filters.status === 'all' ? '' : ` ${STATUS_FILTER_LABELS[filters.status].toLowerCase()}`;
  const narrowed = filters.comparisonId || filters.target || filters.age;
  return (
    <>
      <h1>Reports</h1>
      <p>Readers’ reports of mistakes, oldest first. Reports with the same target and suggestion are grouped and decided together.</p>
      <ReportFilters filters={filters} comparisons={comparisons} />
      <p role="status">
        {queue.total === 0
          ? `No${label} reports${narrowed ? ' match these filters' : ''}.`
          : `${queue.total}${label} ${queue.total === 1 ? 'report' : 'reports'}${narrowed ? ' matching these filters' : ''}${filters.status === 'all' ? ' (spam left out)' : ''}.`}
      </p>
      {queue.items.length > 0 ? <ReportQueueTable items={queue.items} /> : null}
      <Pagination page={queue.page} totalPages={queue.totalPages} href={(page) => queueHref({ ...filters, page })} label="Report pages" />
    </>
  );
}
