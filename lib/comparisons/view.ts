// Pure helpers that turn rows into what pages show.

type Named = { name: string };

export function comparisonTitle(c: { title: string | null; figureA: Named; figureB: Named }): string {
  return c.title?.trim() || `${c.figureA.name} vs. ${c.figureB.name}`;
}

export function latestDate(dates: (Date | null | undefined)[]): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}

export type ComparisonCard = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  figureA: { id: number; name: string; slug: string };
  figureB: { id: number; name: string; slug: string };
};

export function toComparisonCard(row: {
  id: number;
  slug: string;
  title: string | null;
  summary: string;
  publishedAt: Date | null;
  figureA: { id: number; name: string; slug: string };
  figureB: { id: number; name: string; slug: string };
}): ComparisonCard {
  return {
    id: row.id,
    slug: row.slug,
    title: comparisonTitle(row),
    summary: row.summary,
    publishedAt: row.publishedAt,
    figureA: row.figureA,
    figureB: row.figureB,
  };
}
