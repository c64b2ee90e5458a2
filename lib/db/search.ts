import 'server-only';
import { HIGHLIGHT_END, HIGHLIGHT_START, toPrefixTsQuery } from '../search/query';
import { db } from './client';

export type SearchHit = { kind: 'comparison' | 'figure'; slug: string; title: string; snippet: string };
export type SearchResults = { hits: SearchHit[]; total: number };

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MinWords=12, MaxWords=32, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = { kind: 'comparison' | 'figure'; slug: string; title: string; snippet: string; total: bigint | number };

/**
 * Full-text search over published comparisons and all figures, ranked by the weighted
 * search vectors (names and titles above summaries above bodies). One SQL statement.
 */
export async function searchContent({ query, page, pageSize }: { query: string; page: number; pageSize: number }): Promise<SearchResults> {
  const tsquery = toPrefixTsQuery(query);
  if (!tsquery) return { hits: [], total: 0 };
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT to_tsquery('english', ${tsquery}) AS query),
    hits AS (
      SELECT 'comparison' AS kind, c.id, c.slug, ts_rank(c.search_vector, q.query) AS rank
        FROM comparisons c, q
       WHERE c.status = 'PUBLISHED' AND c.search_vector @@ q.query
      UNION ALL
      SELECT 'figure' AS kind, f.id, f.slug, ts_rank(f.search_vector, q.query) AS rank
        FROM figures f, q
       WHERE f.search_vector @@ q.query
    ),
    page AS (
      SELECT hits.*, count(*) OVER () AS total FROM hits
       ORDER BY rank DESC, kind, slug
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT page.kind, page.slug, page.total,
           CASE WHEN page.kind = 'comparison' THEN coalesce(nullif(btrim(c.title), ''), fa.name || ' vs. ' || fb.name) ELSE f.name END AS title,
           ts_headline('english',
             CASE WHEN page.kind = 'comparison' THEN c.summary || E'\n' || c.introduction ELSE f.description END,
             q.query, ${HEADLINE_OPTIONS}) AS snippet
      FROM page
      CROSS JOIN q
      LEFT JOIN comparisons c ON page.kind = 'comparison' AND c.id = page.id
      LEFT JOIN figures fa ON fa.id = c.figure_a_id
      LEFT JOIN figures fb ON fb.id = c.figure_b_id
      LEFT JOIN figures f ON page.kind = 'figure' AND f.id = page.id
     ORDER BY page.rank DESC, page.kind, page.slug`;
  return {
    hits: rows.map((r) => ({ kind: r.kind, slug: r.slug, title: r.title, snippet: r.snippet })),
    // Past the last page there is no row to carry the total: count separately (rare).
    total: rows.length ? Number(rows[0]!.total) : page > 1 ? await countMatches(tsquery) : 0,
  };
}

async function countMatches(tsquery: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    WITH q AS (SELECT to_tsquery('english', ${tsquery}) AS query)
    SELECT (SELECT count(*) FROM comparisons c, q WHERE c.status = 'PUBLISHED' AND c.search_vector @@ q.query)
         + (SELECT count(*) FROM figures f, q WHERE f.search_vector @@ q.query) AS total`;
  return Number(row?.total ?? 0);
}
