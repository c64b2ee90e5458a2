// Shapes of the demo content loaded by `npm run db:seed`.

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
};

export type SeedAttribute = {
  slug: string;
  label: string;
  description: string;
};

export type SeedFact = {
  value: string;
  sourceUrl?: string;
  note?: string;
};

export type SeedFigure = {
  slug: string;
  name: string;
  kind: 'PERSON' | 'PLACE' | 'THING';
  /** One or two sentences shown under the name. */
  description: string;
  /** Keyed by attribute slug. */
  facts: Record<string, SeedFact>;
};

export type SeedSection = {
  heading: string;
  /** Markdown: paragraphs separated by blank lines; **bold**, *italics*, lists allowed. No raw HTML. */
  body: string;
};

export type SeedComparison = {
  /** Figure slugs; the page lives at /{a}-vs-{b}. */
  a: string;
  b: string;
  /** Omit for the default "A vs. B". */
  title?: string;
  summary: string;
  introduction: string;
  sections: SeedSection[];
  conclusion: string;
  /** Category slugs from content/categories.ts. */
  categories: string[];
  /** Attribute slugs, in table order; both figures should have a fact for each. */
  rows: string[];
  /** ISO date, e.g. "2026-10-04". */
  publishedAt: string;
};

export type SeedBundle = {
  attributes: SeedAttribute[];
  figures: SeedFigure[];
  comparisons: SeedComparison[];
};
