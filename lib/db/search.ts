// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { HIGHLIGHT_END, HIGHLIGHT_START, toPrefixTsQuery } from '../search/query';
import { db } from './client';

/** `cutStart`/`cutEnd`: the snippet begins after the start, or stops before the end, of its text. */
export type SearchHit = { kind: 'comparison' | 'figure'; slug: string; title: string; snippet: string; cutStart: boolean; cutEnd: boolean };
export type SearchResults = { hits: SearchHit[]; total: number };

// Characters of the snippet's start and end looked up in its text (see cut_start, cut_end).
const EDGE_CHARS = 16;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MinWords=12, MaxWords=32, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = { kind: 'comparison' | 'figure'; slug: string; title: string; snippet: string; cut_start: boolean; cut_end: boolean; total: bigint | number };

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
           headline.snippet,
           -- ts_headline copies its fragments out of the text, so where the snippet's first and last
           -- characters sit in the text tells whether words come before or after it.
           strpos(source.text, left(plain.text, ${EDGE_CHARS}::int)) > 1 AS cut_start,
           coalesce(right(source.text, nullif(strpos(reverse(source.text), reverse(right(plain.text, ${EDGE_CHARS}::int))), 0) - 1) ~ '[[:alnum:]]', false) AS cut_end
      FROM page
      CROSS JOIN q
      LEFT JOIN comparisons c ON page.kind = 'comparison' AND c.id = page.id
      LEFT JOIN figures fa ON fa.id = c.figure_a_id
      LEFT JOIN figures fb ON fb.id = c.figure_b_id
      LEFT JOIN figures f ON page.kind = 'figure' AND f.id = page.id
      CROSS JOIN LATERAL (SELECT CASE WHEN page.kind = 'comparison' THEN c.summary || E'\n' || c.introduction ELSE f.description END AS text) source
      CROSS JOIN LATERAL (SELECT ts_headline('english', source.text, q.query, ${HEADLINE_OPTIONS}) AS snippet) headline
      CROSS JOIN LATERAL (SELECT translate(headline.snippet, ${HIGHLIGHT_START + HIGHLIGHT_END}::text, '') AS text) plain
     ORDER BY page.rank DESC, page.kind, page.slug`;
  return {
    hits: rows.map((r) => ({ kind: r.kind, slug: r.slug, title: r.title, snippet: r.snippet, cutStart: r.cut_start, cutEnd: r.cut_end })),
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
