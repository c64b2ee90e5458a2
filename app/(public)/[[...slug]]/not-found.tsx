import type { Metadata } from 'next';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { SearchForm } from '@/components/ui/search-form';
import { tagPage } from '@/lib/cache/page-tags';
import { cardTags, tag } from '@/lib/cache/tags';
import { listRecentComparisons } from '@/lib/db/comparisons';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default async function ComparisonNotFound() {
  const recent = await listRecentComparisons({ take: 6 });
  await tagPage([tag.recentComparisons, ...cardTags(recent)]);
  return (
    <>
      <h1>We could not find that comparison</h1>
      <p>The address may be mistyped, or the comparison may not be published yet. Try searching for either side:</p>
      <SearchForm id="not-found-search" label="Search comparisons and figures" />
      <h2>Recent comparisons</h2>
      <ComparisonCards items={recent} />
    </>
  );
}
