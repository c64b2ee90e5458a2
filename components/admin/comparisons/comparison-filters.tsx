import Link from 'next/link';
import type { ComparisonStatusName } from '@/lib/comparisons/snapshot';

/** A plain GET form, so filtering works without JavaScript and every result has a URL. */
export function ComparisonFilters({ query, status }: { query: string; status?: ComparisonStatusName }) {
  return (
    <form className="toolbar" role="search" aria-label="Filter comparisons" method="get" action="/admin/comparisons">
      <div className="field">
        <label htmlFor="comparison-search">Title or figure</label>
        <input id="comparison-search" type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="comparison-status">Status</label>
        <select id="comparison-status" name="status" defaultValue={status ?? ''}>
          <option value="">Any status</option>
          <option value="DRAFT">Draft</option>
          <option value="PUBLISHED">Published</option>
          <option value="ARCHIVED">Archived</option>
        </select>
      </div>
      <button type="submit" className="button">
        Filter
      </button>
      {query || status ? <Link href="/admin/comparisons">Clear filters</Link> : null}
    </form>
  );
}
