import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { revalidateCategory, revalidateComparison, revalidateFigure } from '@/lib/cache/revalidate';
import { getCategoryRevalidationTarget, getComparisonRevalidationTarget, getFigureRevalidationTarget } from '@/lib/db/revalidation-targets';
import { AppError, errorResponse } from '@/lib/errors';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

const slug = z.string().trim().max(200).regex(/^[a-z0-9-]+$/);
const bodySchema = z.object({ figure: slug.optional(), comparison: slug.optional(), category: slug.optional() }).strict();

function authorized(request: Request): boolean {
  const secret = env.revalidateSecret;
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  if (!secret || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * POST /api/revalidate with `Authorization: Bearer $REVALIDATE_SECRET` and a JSON body such as
 * {"figure":"stalin"}: refreshes the cached pages showing that data after a change made
 * outside the app (a script, a manual SQL fix). Disabled when REVALIDATE_SECRET is unset.
 */
export async function POST(request: Request) {
  try {
    if (!authorized(request)) throw new AppError('UNAUTHORIZED', 'A valid revalidation token is required.');
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new AppError('VALIDATION', 'Send a JSON object with "figure", "comparison" or "category" slugs.');
    const refreshed: string[] = [];
    if (parsed.data.figure) {
      const figure = await getFigureRevalidationTarget({ slug: parsed.data.figure });
      if (!figure) throw new AppError('NOT_FOUND', `No figure "${parsed.data.figure}".`);
      revalidateFigure(figure);
      refreshed.push(`figure:${figure.slug}`);
    }
    if (parsed.data.comparison) {
      const comparison = await getComparisonRevalidationTarget({ slug: parsed.data.comparison });
      if (!comparison) throw new AppError('NOT_FOUND', `No comparison "${parsed.data.comparison}".`);
      revalidateComparison(comparison);
      refreshed.push(`comparison:${comparison.slug}`);
    }
    if (parsed.data.category) {
      const category = await getCategoryRevalidationTarget({ slug: parsed.data.category });
      if (!category) throw new AppError('NOT_FOUND', `No category "${parsed.data.category}".`);
      revalidateCategory(category);
      refreshed.push(`category:${parsed.data.category}`);
    }
    return Response.json({ refreshed });
  } catch (error) {
    return errorResponse(error);
  }
}
