import type { MetadataRoute } from 'next';
import { unstable_cache } from 'next/cache';
import { tag } from '@/lib/cache/tags';
import { listCategoriesForSitemap } from '@/lib/db/categories';
import { listComparisonsForSitemap } from '@/lib/db/comparisons';
import { listFiguresForSitemap } from '@/lib/db/figures';
import { absoluteUrl } from '@/lib/site';

// Served per request (so the build never needs the database) from cached data that every
// content change expires (tag `sitemap`), so it is neither slow nor stale.
export const dynamic = 'force-dynamic';

const sitemapData = unstable_cache(
  () => Promise.all([listComparisonsForSitemap(), listFiguresForSitemap(), listCategoriesForSitemap()]),
  ['sitemap-data'],
  { tags: [tag.sitemap] },
);

/** The latest of the rows' change times, or undefined for none. */
function latest(rows: { updatedAt: Date }[]): Date | undefined {
  return rows.reduce<Date | undefined>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), undefined);
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [comparisons, figures, categories] = await sitemapData();
  return [
    { url: absoluteUrl('/'), lastModified: latest([...comparisons, ...figures]), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/figures'), lastModified: latest(figures), changeFrequency: 'weekly', priority: 0.4 },
    { url: absoluteUrl('/corrections'), changeFrequency: 'weekly', priority: 0.3 },
    { url: absoluteUrl('/about'), changeFrequency: 'yearly', priority: 0.2 },
    ...comparisons.map((c) => ({ url: absoluteUrl(`/${c.slug}`), lastModified: c.updatedAt, changeFrequency: 'weekly' as const, priority: 0.8 })),
    ...figures.map((f) => ({ url: absoluteUrl(`/figures/${f.slug}`), lastModified: f.updatedAt, changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...categories.map((c) => ({ url: absoluteUrl(`/categories/${c.slug}`), lastModified: c.updatedAt, changeFrequency: 'weekly' as const, priority: 0.5 })),
  ];
}
