import 'server-only';
import { unstable_cache } from 'next/cache';

/**
 * Attaches cache tags to the page being rendered. Outside the 'use cache' model Next.js
 * learns a page's tags from the cached calls it made; a tiny tagged entry is that call.
 */
export async function tagPage(tags: string[]): Promise<void> {
  const sorted = [...new Set(tags)].sort();
  if (sorted.length === 0) return;
  await unstable_cache(async () => sorted.length, ['page-tags', ...sorted], { tags: sorted })();
}
