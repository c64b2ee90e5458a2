// /categories/{slug} is page 1; /categories/{slug}/2 and on are the following pages.
// Path segments (not ?page=) keep every page cacheable.
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { tagPage } from '@/lib/cache/page-tags';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { cardTags, tag } from '@/lib/cache/tags';
import { getCategory, getRenamedCategorySlug } from '@/lib/db/categories';
import { listComparisonsInCategory } from '@/lib/db/comparisons';

export const revalidate = false;
export const dynamicParams = true;
const PAGE_SIZE = 12;

export function generateStaticParams(): { slug: string; page?: string[] }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const load = cache((slug: string) => getCategory({ slug }));
const loadListing = cache((categoryId: number, page: number) => listComparisonsInCategory({ categoryId, page, pageSize: PAGE_SIZE }));

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
  if (!category || !page) return { title: 'Category not found' };
  const { total } = await loadListing(category.id, page);
  return {
    title: page > 1 ? `${category.name} comparisons, page ${page}` : `${category.name} comparisons`,
    description: category.description,
    alternates: { canonical: href(slug)(page) },
    // A category nothing is published in yet (a new one) stays out of search engines.
    ...(total === 0 ? { robots: { index: false } } : {}),
  };
}

async function CategoryNotFound({ tags }: { tags: string[] }) {
  const suggestions = await suggestComparisons();
  await tagPage(tags);
  return <NotFoundView title="We could not find that page" message="This category, or this page of it, does not exist. Try searching instead:" suggestions={suggestions} />;
}

export default async function CategoryPage({ params }: Props) {
  const { slug, page: segments } = await params;
  const page = pageNumber(segments);
  if (page === 1 && segments) permanentRedirect(`/categories/${slug}`);
  const category = page === null ? null : await load(slug);
  if (!category && page !== null) {
    const renamed = await getRenamedCategorySlug({ slug });
    if (renamed) {
      // Tagged, so a category that takes this slug again (a rename back) ends the cached redirect.
      await tagPage([tag.categories]);
      permanentRedirect(href(renamed)(page));
    }
  }
  if (!category || page === null) return <CategoryNotFound tags={[tag.categories]} />;
  const { items, total } = await loadListing(category.id, page);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > totalPages) return <CategoryNotFound tags={[tag.category(category.id)]} />;
  await tagPage([tag.category(category.id), ...cardTags(items)]);
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
