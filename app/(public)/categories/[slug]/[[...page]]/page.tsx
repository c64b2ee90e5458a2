// /categories/{slug} is page 1; /categories/{slug}/2 and on are the following pages.
// Path segments (not ?page=) keep every page cacheable.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { tagPage } from '@/lib/cache/page-tags';
import { cardTags, tag } from '@/lib/cache/tags';
import { getCategory } from '@/lib/db/categories';
import { listComparisonsInCategory } from '@/lib/db/comparisons';

export const revalidate = false;
export const dynamicParams = true;
const PAGE_SIZE = 12;

export function generateStaticParams(): { slug: string; page?: string[] }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const load = cache((slug: string) => getCategory({ slug }));

function pageNumber(segments: string[] | undefined): number | null {
  if (!segments) return 1;
  if (segments.length !== 1 || !/^[1-9][0-9]{0,5}$/.test(segments[0]!)) return null;
  return Number(segments[0]);
}

const href = (slug: string) => (page: number) => (page === 1 ? `/categories/${slug}` : `/categories/${slug}/${page}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: segments } = await params;
  const category = await load(slug);
  const page = pageNumber(segments);
  if (!category || !page) return {};
  return {
    title: page > 1 ? `${category.name} comparisons, page ${page}` : `${category.name} comparisons`,
    description: category.description,
    alternates: { canonical: href(slug)(page) },
  };
}

export default async function CategoryPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageNumber(segments);
  if (page === null) notFound();
  if (page === 1 && segments) permanentRedirect(`/categories/${slug}`);
  const category = await load(slug);
  if (!category) notFound();
  const { items, total } = await listComparisonsInCategory({ categoryId: category.id, page, pageSize: PAGE_SIZE });
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  await tagPage([tag.category(category.id), ...cardTags(items)]);
  if (page > totalPages) notFound();
  return (
    <>
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: category.name }]} />
      <h1>{category.name}</h1>
      <p className="summary">{category.description}</p>
      <p>
        {total} published {total === 1 ? 'comparison' : 'comparisons'}
        {totalPages > 1 ? ` · page ${page} of ${totalPages}` : ''}
      </p>
      <ComparisonCards items={items} headingLevel={2} />
      <Pagination page={page} totalPages={totalPages} href={href(slug)} label={`${category.name} pages`} />
    </>
  );
}
