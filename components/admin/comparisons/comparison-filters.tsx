import Link from 'next/link';
import { Field, SelectField } from '@/components/ui/field';
import type { ComparisonStatusName } from '@/lib/comparisons/snapshot';

/** A plain GET form, so filtering works without JavaScript and every result has a URL. */
export function ComparisonFilters({ query, status }: { query: string; status?: ComparisonStatusName }) {
  return (
    <form className="toolbar" role="search" aria-label="Filter comparisons" method="get" action="/admin/comparisons">
      <Field id="comparison-search" label="Title or figure" type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
      <SelectField id="comparison-status" label="Status" name="status" defaultValue={status ?? ''}>
        <option value="">Any status</option>
        <option value="DRAFT">Draft</option>
        <option value="PUBLISHED">Published</option>
        <option value="ARCHIVED">Archived</option>
      </SelectField>
      <button type="submit" className="button">
        Filter
      </button>
      {query || status ? <Link href="/admin/comparisons">Clear filters</Link> : null}
    </form>
  );
}
