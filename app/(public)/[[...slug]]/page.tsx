// The home page (/) and every comparison URL (/{a}-vs-{b}) share this optional catch-all
// route so that both are rendered on first request and then served from Next's cache
// (ISR): nothing is prerendered at build time, so `next build` never needs the database.
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { AutomaticComparisonView } from '@/components/comparison/automatic-view';
import { ComparisonView } from '@/components/comparison/comparison-view';
import { HomeView } from '@/components/home/home-view';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { tagPage } from '@/lib/cache/page-tags';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { cardTags, tag } from '@/lib/cache/tags';
import { splitComparisonSlug } from '@/lib/comparisons/slug';
import { listCategories } from '@/lib/db/categories';
import { getComparisonPage, listRecentComparisons, listRelatedComparisons, resolveComparisonPath } from '@/lib/db/comparisons';
import { comparisonMetadata, describe, homeMetadata, pageTitle } from '@/lib/seo/comparison';

export const revalidate = false;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string[] }[] {
  return [];
}

type Props = { params: Promise<{ slug?: string[] }> };

const loadComparison = cache(async (slug: string) => {
  const page = await getComparisonPage({ slug });
  if (page) return { kind: 'published' as const, page, related: await listRelatedComparisons({ comparison: page }) };
  return resolveComparisonPath({ slug });
});

function singleSlug(slug: string[] | undefined): string | null | undefined {
  if (!slug) return undefined;
  return slug.length === 1 ? slug[0]! : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = singleSlug((await params).slug);
  if (slug === undefined) return homeMetadata;
  const result = slug ? await loadComparison(slug.toLowerCase()) : null;
  if (result?.kind === 'published') return comparisonMetadata(result.page);
  if (result?.kind === 'automatic') {
    const { figureA: a, figureB: b } = result.comparison;
    return {
      title: { absolute: pageTitle(`${a.name} vs. ${b.name}`) },
      description: describe(`An automatic side-by-side table of the facts we hold for both ${a.name} and ${b.name}.`),
      robots: { index: false, follow: true },
    };
  }
  return result ? {} : NOT_FOUND_METADATA;
}

// No robots tag: the 404 itself carries Next's `noindex` (components/ui/not-found-status.tsx).
const NOT_FOUND_METADATA: Metadata = { title: 'Comparison not found' };

export default async function Page({ params }: Props) {
  const slug = singleSlug((await params).slug);
  if (slug === undefined) return <Home />;
  // Only an address a comparison could have (letters, digits, hyphens) is lowered: anything else
  // is a 404 as it stands, so an escaped character can never redirect to itself.
  if (slug && /^[a-zA-Z0-9-]+$/.test(slug) && slug !== slug.toLowerCase()) permanentRedirect(`/${slug.toLowerCase()}`);

  const result = slug ? await loadComparison(slug) : null;
  if (!result) {
    // A 404 is cached too: remember which figure slugs it looked for, so creating the figure refreshes it.
    const suggestions = await suggestComparisons();
    await tagPage(splitComparisonSlug(slug ?? '').flatMap((s) => [tag.figureSlug(s.a), tag.figureSlug(s.b)]));
    return (
      <NotFoundView
        title="We could not find that comparison"
        message="The address may be mistyped, or the comparison may not be published yet. Try searching for either side:"
        suggestions={suggestions}
      />
    );
  }
  if (result.kind === 'redirect') permanentRedirect(`/${result.slug}`);
  if (result.kind === 'automatic') {
    const { figureA: a, figureB: b, rows } = result.comparison;
    await tagPage([tag.figure(a.id), tag.figure(b.id), tag.figureComparisons(a.id), tag.figureComparisons(b.id), ...rows.map((r) => tag.attribute(r.attribute.id))]);
    return <AutomaticComparisonView comparison={result.comparison} />;
  }

  const { page, related } = result;
  await tagPage([
    tag.comparison(page.id),
    tag.figure(page.figureA.id),
    tag.figure(page.figureB.id),
    tag.figureComparisons(page.figureA.id),
    tag.figureComparisons(page.figureB.id),
    ...page.categories.map((c) => tag.category(c.id)),
    ...page.rows.map((r) => tag.attribute(r.attribute.id)),
    ...cardTags(related),
  ]);
  return <ComparisonView page={page} related={related} />;
}

async function Home() {
  const [recent, categories] = await Promise.all([listRecentComparisons({ take: 12 }), listCategories()]);
  await tagPage([tag.recentComparisons, tag.categories, ...cardTags(recent), ...categories.map((c) => tag.category(c.id))]);
  return <HomeView recent={recent} categories={categories} />;
}
