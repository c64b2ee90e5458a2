import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { cache } from 'react';
import { permanentRedirect } from 'next/navigation';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { ReportForm } from '@/components/reports/report-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TypedTextKeeper } from '@/components/ui/typed-text-keeper';
import { resolveComparisonPath } from '@/lib/db/comparisons';
import { getReportTarget } from '@/lib/db/reports';
import { issueFormToken } from '@/lib/reports/form-token';
import { decodeReportState, REPORT_STATE_HEADER } from '@/lib/reports/state';
import { reportFormPhrase } from '@/lib/reports/target';
import { lastValue, oneOf, positiveInt, type Param } from '@/lib/url-params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, Param>> };

// One lookup per request for the title and the page.
const loadTarget = cache((slug: string, rowId: number | undefined, sectionId: number | undefined) => getReportTarget({ slug, rowId, sectionId }));

/**
 * What the address asks to report on, and which part of it is gone: a link to a row or section
 * removed since (an old page, a bookmark) gets the form for the whole comparison, saying so.
 */
async function targetOf(slug: string, query: Record<string, Param>) {
  const rowId = positiveInt(query.row) ?? undefined;
  const sectionId = positiveInt(query.section) ?? undefined;
  const target = await loadTarget(slug, rowId, sectionId);
  // Nothing asked for that could be gone, or a row and a section at once (no form could be sent for both).
  if (target || !rowId === !sectionId) return { target, gone: null };
  const whole = await loadTarget(slug, undefined, undefined);
  return { target: whole, gone: whole ? (rowId ? 'row' : 'section') : null };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { target } = await targetOf(slug, query);
  return { title: target ? `Report an inaccuracy in ${target.comparison.title}` : 'Comparison not found', robots: { index: false } };
}

/** The row, side and section of the query, as given, to carry over a redirect. */
function queryString(query: Record<string, Param>): string {
  const kept = new URLSearchParams();
  for (const name of ['row', 'side', 'section']) {
    const value = lastValue(query[name]);
    if (value !== undefined) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/** The report form on a page of its own: what readers without JavaScript use. */
export default async function ReportPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { target, gone } = await targetOf(slug, query);
  if (!target) {
    // The other order of the pair (or an old figure slug): the same form at the comparison's address.
    const moved = await resolveComparisonPath({ slug });
    if (moved?.kind === 'redirect') permanentRedirect(`/report/${moved.slug}${queryString(query)}`);
    const suggestions = await suggestComparisons();
    return <NotFoundView title="We could not find that comparison" message="It may have been unpublished. Search for what you wanted to report:" suggestions={suggestions} perRequest />;
  }
  // A side belongs to a row: without one, the form could never be sent.
  const side = target.row ? oneOf(['A', 'B'] as const, query.side) : undefined;
  const state = decodeReportState((await headers()).get(REPORT_STATE_HEADER));
  const about = reportFormPhrase(target, side);
  return (
    <div className="narrow-page">
      <TypedTextKeeper />
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: target.comparison.title, href: `/${target.comparison.slug}` }, { name: 'Report an inaccuracy' }]} />
      <h1>Report an inaccuracy</h1>
      {gone ? (
        <p className="notice-automatic" role="status">
          The {gone} this link points to is no longer in this comparison. You can still report an inaccuracy in the comparison as a whole.
        </p>
      ) : null}
      <p>
        You are reporting {about} in <Link href={`/${target.comparison.slug}`}>{target.comparison.title}</Link>. Tell us what is wrong and, if you can, what
        is right and where it says so. An editor reads every report.
      </p>
      <ReportForm slug={target.comparison.slug} formToken={state?.formToken ?? (await issueFormToken())} target={target} side={side} initial={state ?? undefined} />
    </div>
  );
}
