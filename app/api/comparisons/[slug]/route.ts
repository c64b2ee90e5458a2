import { getComparisonPage } from '@/lib/db/comparisons';
import { AppError, errorResponse } from '@/lib/errors';
import { tagPage } from '@/lib/cache/page-tags';
import { tag } from '@/lib/cache/tags';
import { absoluteUrl } from '@/lib/site';
import { mediaUrl, variantWidths } from '@/lib/media/images';
import type { FigureSide } from '@/lib/db/figure-side';

// Served from Next's cache like the page itself, and refreshed by the same tags.
export const dynamic = 'force-static';
export const revalidate = false;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Context = { params: Promise<{ slug: string }> };

function figureJson(figure: FigureSide) {
  const widths = figure.photo ? variantWidths(figure.photo.width) : [];
  return {
    slug: figure.slug,
    name: figure.name,
    kind: figure.kind.toLowerCase(),
    description: figure.description,
    url: absoluteUrl(`/figures/${figure.slug}`),
    photo: figure.photo
      ? {
          url: absoluteUrl(mediaUrl(figure.photo.hash, widths[widths.length - 1]!)),
          width: figure.photo.width,
          height: figure.photo.height,
          alt: figure.photo.alt,
          credit: { photographer: figure.photo.creditName, photographerUrl: figure.photo.creditUrl, source: figure.photo.sourceName, sourceUrl: figure.photo.sourceUrl, license: figure.photo.license },
        }
      : null,
  };
}

/** The comparison page's data as JSON: figures, rows with values and sources, sections, dates. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  try {
    const page = await getComparisonPage({ slug });
    if (!page) throw new AppError('NOT_FOUND', `No published comparison at /${slug}.`);
    await tagPage([tag.comparison(page.id), tag.figure(page.figureA.id), tag.figure(page.figureB.id), ...page.rows.map((r) => tag.attribute(r.attribute.id)), ...page.categories.map((c) => tag.category(c.id))]);
    return Response.json(
      {
        slug: page.slug,
        url: absoluteUrl(`/${page.slug}`),
        title: page.title,
        summary: page.summary,
        figures: { a: figureJson(page.figureA), b: figureJson(page.figureB) },
        rows: page.rows.map((r) => ({ attribute: { slug: r.attribute.slug, label: r.attribute.label }, a: r.a, b: r.b })),
        introduction: page.introduction,
        sections: page.sections.map((s) => ({ heading: s.heading, body: s.body })),
        conclusion: page.conclusion,
        categories: page.categories.map((c) => ({ slug: c.slug, name: c.name })),
        corrections: page.corrections.map((c) => ({ text: c.text, publishedAt: c.publishedAt })),
        publishedAt: page.publishedAt,
        updatedAt: page.updatedAt,
      },
      { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' } },
    );
  } catch (error) {
    return errorResponse(error, { 'Cache-Control': 'public, max-age=0, s-maxage=60' });
  }
}
