import Link from 'next/link';
import { AGE_LABELS, QUEUE_AGES, QUEUE_TARGETS, STATUS_FILTER_LABELS, TARGET_LABELS, type QueueFilters, type QueueStatusFilter } from '@/lib/reports/queue-filters';

const STATUS_ORDER: QueueStatusFilter[] = ['OPEN', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'all', 'SPAM'];

/** A plain GET form, so filtering works without JavaScript and every view has a URL. */
export function ReportFilters({ filters, comparisons }: { filters: QueueFilters; comparisons: { id: number; title: string }[] }) {
  const filtered = filters.status !== 'OPEN' || filters.comparisonId || filters.target || filters.age;
  return (
    <form className="toolbar" role="search" aria-label="Filter reports" method="get" action="/admin/reports">
      <div className="field">
        <label htmlFor="report-status">Status</label>
        <select id="report-status" name="status" defaultValue={filters.status}>
          {STATUS_ORDER.map((s) => (
            <option key={s} value={s}>
              {STATUS_FILTER_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-comparison">Comparison</label>
        <select id="report-comparison" name="comparison" defaultValue={filters.comparisonId ?? ''}>
          <option value="">Any comparison</option>
          {comparisons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-target">About</label>
        <select id="report-target" name="target" defaultValue={filters.target ?? ''}>
          <option value="">Anything</option>
          {QUEUE_TARGETS.map((t) => (
            <option key={t} value={t}>
              {TARGET_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="report-age">Received</label>
        <select id="report-age" name="age" defaultValue={filters.age ?? ''}>
          <option value="">Any time</option>
          {QUEUE_AGES.map((a) => (
            <option key={a} value={a}>
              {AGE_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Filter
      </button>
      {filtered ? <Link href="/admin/reports">Show open reports</Link> : null}
    </form>
  );
}
