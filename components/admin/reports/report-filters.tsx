import Link from 'next/link';
import { SelectField } from '@/components/ui/field';
import { AGE_LABELS, QUEUE_AGES, QUEUE_TARGETS, STATUS_FILTER_LABELS, TARGET_LABELS, type QueueFilters, type QueueStatusFilter } from '@/lib/reports/queue-filters';

const STATUS_ORDER: QueueStatusFilter[] = ['OPEN', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'all', 'SPAM'];

/** A plain GET form, so filtering works without JavaScript and every view has a URL. */
export function ReportFilters({ filters, comparisons }: { filters: QueueFilters; comparisons: { id: number; title: string }[] }) {
  const filtered = filters.status !== 'OPEN' || filters.comparisonId || filters.target || filters.age;
  return (
    <form className="toolbar" role="search" aria-label="Filter reports" method="get" action="/admin/reports">
      <SelectField id="report-status" label="Status" name="status" defaultValue={filters.status} options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))} />
      <SelectField
        id="report-comparison"
        label="Comparison"
        name="comparison"
        defaultValue={filters.comparisonId ?? ''}
        options={[{ value: '', label: 'Any comparison' }, ...comparisons.map((c) => ({ value: String(c.id), label: c.title }))]}
      />
      <SelectField
        id="report-target"
        label="About"
        name="target"
        defaultValue={filters.target ?? ''}
        options={[{ value: '', label: 'Anything' }, ...QUEUE_TARGETS.map((t) => ({ value: t, label: TARGET_LABELS[t] }))]}
      />
      <SelectField
        id="report-age"
        label="Received"
        name="age"
        defaultValue={filters.age ?? ''}
        options={[{ value: '', label: 'Any time' }, ...QUEUE_AGES.map((a) => ({ value: a, label: AGE_LABELS[a] }))]}
      />
      <button type="submit" className="button">
        Filter
      </button>
      {filtered ? <Link href="/admin/reports">Show open reports</Link> : null}
    </form>
  );
}
