import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { FigurePhoto } from '@/components/comparison/figure-card';
import { FactList } from '@/components/figure/fact-list';
import { FigureIndex } from '@/components/figure/figure-index';
import { NotFoundView } from '@/components/not-found/not-found-view';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { DateText } from '@/components/ui/date-text';
import { JsonLd } from '@/components/ui/json-ld';
import { tagPage } from '@/lib/cache/page-tags';
import { suggestComparisons } from '@/lib/cache/suggested-comparisons';
import { cardTags, tag } from '@/lib/cache/tags';
import { getFigurePage, getRenamedFigureSlug, listFigures } from '@/lib/db/figures';
import { figureJsonLd, figureMetadata } from '@/lib/seo/figure';

export const revalidate = false;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string[] }[] {
  return [];
}

// /figures is the index of every figure, /figures/{slug} a figure's page; nothing lies deeper.
// One optional catch-all serves both, so that the index, too, is rendered on its first request
// and cached, without the build needing the database.
type Props = { params: Promise<{ slug?: string[] }> };

/** undefined for the index, the figure's slug, or null for an address with more segments. */
function figureSlug(slug: string[] | undefined): string | null | undefined {
  if (!slug) return undefined;
  return slug.length === 1 ? slug[0]! : null;
}

const load = cache((slug: string | null) => (slug === null ? null : getFigurePage({ slug })));

const KIND_LABEL = { PERSON: 'Person', PLACE: 'Place', THING: 'Thing' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = figureSlug((await params).slug);
  if (slug === undefined) return FIGURE_INDEX_METADATA;
  const figure = await load(slug);
  if (!figure) return { title: 'Figure not found' };
  return figureMetadata(figure);
}

export default async function FigurePageRoute({ params }: Props) {
  const slug = figureSlug((await params).slug);
  if (slug === undefined) return <Index />;
  const figure = await load(slug);
  if (!figure) {
    const renamed = slug === null ? null : await getRenamedFigureSlug({ slug });
    if (slug !== null && renamed) {
      // Tagged, so a figure that takes this slug again (a rename back) ends the cached redirect.
      await tagPage([tag.figureSlug(slug)]);
      permanentRedirect(`/figures/${renamed}`);
    }
    const suggestions = await suggestComparisons();
    if (slug !== null) await tagPage([tag.figureSlug(slug)]);
    return <NotFoundView title="We could not find that figure" message="There is no person, place or thing at this address. Try searching for it:" suggestions={suggestions} />;
  }
  await tagPage([
    tag.figure(figure.id),
    tag.figureComparisons(figure.id),
    ...figure.facts.map((f) => tag.attribute(f.attribute.id)),
    ...cardTags(figure.comparisons),
  ]);
  return (
    <article>
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Figures', href: '/figures' }, { name: figure.name }]} />
      <h1>{figure.name}</h1>
      <p className="subtitle">{KIND_LABEL[figure.kind]}</p>
      <div className="figure-layout">
        <FigurePhoto figure={figure} sizes="(max-width: 48rem) 100vw, 22rem" linkName={false} />
        <div>
          <p className="summary">{figure.description}</p>
          <h2>Facts</h2>
          <FactList facts={figure.facts} />
          <p className="updated">
            Last updated <DateText date={figure.updatedAt} />
          </p>
        </div>
      </div>
      <section aria-labelledby="figure-comparisons">
        <h2 id="figure-comparisons">Comparisons with {figure.name}</h2>
        {figure.comparisons.length > 0 ? (
          <ComparisonCards items={figure.comparisons} />
        ) : (
          <p>No published comparison includes {figure.name} yet.</p>
        )}
      </section>
      <JsonLd data={figureJsonLd(figure)} />
    </article>
  );
}

const FIGURE_INDEX_METADATA: Metadata = {
  title: 'Every person, place and thing compared',
  description: 'The index of every figure on Contrast: people, places and things, each with its facts and its comparisons.',
  alternates: { canonical: '/figures' },
};

async function Index() {
  const figures = await listFigures();
  // One tag for the whole list: any figure's change, or any comparison's, refreshes it.
  await tagPage([tag.figures]);
  return <FigureIndex figures={figures} />;
}
