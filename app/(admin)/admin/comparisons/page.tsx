import type { Metadata } from 'next';
import Link from 'next/link';
import { ComparisonFilters } from '@/components/admin/comparisons/comparison-filters';
import { ComparisonTable } from '@/components/admin/comparisons/comparison-table';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { statusParam } from '@/lib/comparisons/admin-params';
import { positiveInt, textParam } from '@/lib/url-params';
import { STATUS_LABELS } from '@/lib/comparisons/snapshot';
import { listAdminComparisons } from '@/lib/db/admin-comparisons';

export const metadata: Metadata = { title: 'Comparisons' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparisonsPage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/comparisons' });
  const params = await searchParams;
  const status = statusParam(params.status);
  const query = textParam(params.q);
  const list = await listAdminComparisons({ actor, status, query, page: positiveInt(params.page) ?? 1 });

  const href = (page: number) => {
    const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) });
    return `/admin/comparisons${search.size ? `?${search}` : ''}`;
  };
  const filtered = status || query;
  return (
    <>
      <h1>Comparisons</h1>
      <p>
        <Link href="/admin/comparisons/new" className="button">
          New comparison
        </Link>
      </p>
      <ComparisonFilters query={query} status={status} />
      <p role="status">
        {list.total === 0
          ? filtered
            ? 'No comparison matches these filters.'
            : 'No comparisons yet.'
          : `${list.total} ${list.total === 1 ? 'comparison' : 'comparisons'}${status ? `, ${STATUS_LABELS[status].toLowerCase()}` : ''}${query ? ` matching “${query}”` : ''}.`}
      </p>
      {list.items.length > 0 ? <ComparisonTable items={list.items} canPreview={can(actor.role, 'drafts:preview')} /> : null}
      <Pagination page={list.page} totalPages={list.totalPages} href={href} label="Comparison pages" />
    </>
  );
}
