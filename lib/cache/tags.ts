// Cache tags: every cached public page carries the tags of the data it shows, so one
// revalidate call refreshes exactly the pages showing changed data.
//  - figure:{id}              the figure's own data (name, photo, facts) appears
//  - figure-slug:{slug}       the page looked for a figure by this slug (404s, automatic pairs)
//  - figure-comparisons:{id}  a list of the published comparisons involving the figure appears
//  - comparison:{id}          the comparison's data (title, summary, article, rows) appears
//  - category:{id}            the category's name, or the list of its comparisons, appears
//  - attribute:{id}           the attribute's label appears
//  - comparisons:recent       a list of recent or popular comparisons appears (home page, 404 pages)
//  - categories               the list of categories appears (home page)
//  - figures                  the list of every figure, with its count of comparisons, appears (/figures)
//  - corrections              the list of correction notices appears (/corrections)
//  - sitemap                  the sitemap's data (every URL and its last change)
//  - search                   search results (any figure's or published comparison's text may match)

export const tag = {
  figure: (id: number) => `figure:${id}`,
  figureSlug: (slug: string) => `figure-slug:${slug}`,
  figureComparisons: (id: number) => `figure-comparisons:${id}`,
  comparison: (id: number) => `comparison:${id}`,
  category: (id: number) => `category:${id}`,
  attribute: (id: number) => `attribute:${id}`,
  recentComparisons: 'comparisons:recent',
  categories: 'categories',
  figures: 'figures',
  corrections: 'corrections',
  sitemap: 'sitemap',
  search: 'search',
} as const;

type Card = { id: number; figureA: { id: number }; figureB: { id: number } };

/** Tags of comparison cards in a list: each card shows its comparison and both figure names. */
export function cardTags(cards: Card[]): string[] {
  return cards.flatMap((card) => [tag.comparison(card.id), tag.figure(card.figureA.id), tag.figure(card.figureB.id)]);
}
