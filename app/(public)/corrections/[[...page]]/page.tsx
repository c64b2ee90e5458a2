// /corrections lists every published correction notice, newest first; /corrections/2 and on
// are the following pages. Cached like the other public pages (optional catch-all: nothing is
// rendered at build time, so the build needs no database).
import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { DateText } from '@/components/ui/date-text';
import { Pagination } from '@/components/ui/pagination';
import { tagPage } from '@/lib/cache/page-tags';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { tag } from '@/lib/cache/tags';
import { listCorrectionNotices } from '@/lib/db/corrections';

export const revalidate = false;
export const dynamicParams = true;
const PAGE_SIZE = 20;

export function generateStaticParams(): { page?: string[] }[] {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

function pageNumber(segments: string[] | undefined): number | null {
  if (!segments) return 1;
  return segments.length === 1 && /^[2-9]$|^[1-9]\d{1,5}$/.test(segments[0]!) ? Number(segments[0]) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page);
  if (!page) return { title: 'Page not found' };
  return {
    title: page > 1 ? `Corrections, page ${page}` : 'Corrections',
    description: 'Every correction made to a comparison after readers reported an inaccuracy, newest first.',
    alternates: { canonical: page > 1 ? `/corrections/${page}` : '/corrections' },
  };
}

export default async function CorrectionsPage({ params }: Props) {
  const page = pageNumber((await params).page);
  const { items, total } = page ? await listCorrectionNotices({ page, pageSize: PAGE_SIZE }) : { items: [], total: 0 };
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (!page || page > totalPages) {
    const suggestions = await suggestComparisons();
    await tagPage([tag.corrections]);
    return <NotFoundView title="We could not find that page" message="There is no such page of corrections." suggestions={suggestions} />;
  }
  await tagPage([tag.corrections, ...items.map((i) => tag.comparison(i.comparison.id))]);
  return (
    <div className="narrow-page">
      <h1>Corrections</h1>
      <p>When readers report an inaccuracy and an editor corrects it, the comparison carries a notice, listed here too.</p>
      {items.length === 0 ? (
        <p>No corrections have been published yet.</p>
      ) : (
        <ol className="results">
          {items.map((item) => (
            <li key={item.id}>
              <h2>
                <Link href={`/${item.comparison.slug}`}>{item.comparison.title}</Link>
              </h2>
              <p>
                Correction, <DateText date={item.publishedAt} />: {item.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} totalPages={totalPages} href={(n) => (n === 1 ? '/corrections' : `/corrections/${n}`)} label="Corrections pages" />
    </div>
  );
}
