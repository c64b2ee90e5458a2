// Queries for the "search, a new query every request" target: words of the bench database's own
// demo content, so every query is a real search, each asked once. A repeated search is a cache
// hit (next.config.js rewrites /search?q=... to a cached route), so only a query the server has
// not seen in this run is rendered on the request.
import { withClient } from './database';

/** At most this many characters: next.config.js rewrites longer queries to the uncached /search. */
export const MAX_QUERY_CHARS = 60;
/** Prefixes of the lexemes from this length up are queries too (the last word matches as a prefix). */
export const MIN_PREFIX_CHARS = 4;
const QUERY_SEED = 20_261_127;

// The lexemes of the search vectors the search reads (lib/db/search.ts): published comparisons and all figures.
const LEXEMES_SQL = `SELECT word FROM ts_stat($$SELECT search_vector FROM comparisons WHERE status = 'PUBLISHED' UNION ALL SELECT search_vector FROM figures$$)`;

const QUERY = new RegExp(`^[\\p{L}\\p{N}]{1,${MAX_QUERY_CHARS}}$`, 'u');

/** Letters and digits only, 1-60 characters, lower case. */
export function isBenchQuery(word: string): boolean {
  return QUERY.test(word) && word === word.toLowerCase();
}

/** mulberry32: a small deterministic generator, so every run asks the same queries in the same order. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Distinct queries from lexemes: each lexeme and its prefixes of MIN_PREFIX_CHARS characters or
 * more, keeping only letters/digits in lower case, without `exclude`, in a fixed-seed shuffled order.
 */
export function searchQueriesFromLexemes(lexemes: Iterable<string>, { exclude = [], seed = QUERY_SEED }: { exclude?: string[]; seed?: number } = {}): string[] {
  const queries = new Set<string>();
  for (const lexeme of lexemes) {
    if (!isBenchQuery(lexeme)) continue;
    queries.add(lexeme);
    const chars = Array.from(lexeme); // code points: a prefix never splits a character
    for (let length = MIN_PREFIX_CHARS; length < chars.length; length++) queries.add(chars.slice(0, length).join(''));
  }
  for (const word of exclude) queries.delete(word);
  // Sorted first, so the order depends on the words alone, not on the order the database returned them in.
  const list = [...queries].sort();
  const random = seededRandom(seed);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

export function searchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** The queries the bench database's content yields (see searchQueriesFromLexemes). */
export async function loadSearchQueries(databaseUrl: string, exclude: string[] = []): Promise<string[]> {
  const rows = await withClient(databaseUrl, async (client) => (await client.query<{ word: string }>(LEXEMES_SQL)).rows);
  return searchQueriesFromLexemes(rows.map((r) => r.word), { exclude });
}

export type QueryPlan = {
  /** Distinct queries available in all. */
  distinct: number;
  /** Fetched once after the warm-up: never asked before, so it shows what a new query gets (x-nextjs-cache: MISS). */
  probePath: string;
  /** Walked through by the warm-up; never measured. */
  warmUpPaths: string[];
  /** The measured run's paths, each asked at most once unless the run outlasts them. */
  measuredPaths: string[];
};

/**
 * Splits the list into disjoint parts: one path for the probe, up to `warmUpRequests` for the warm-up
 * (at most a quarter of the list, so the measured part keeps most of it) and the rest for the run.
 */
export function planQueries(queries: string[], warmUpRequests: number): QueryPlan {
  if (queries.length < 3) throw new Error(`The demo content yields only ${queries.length} search queries; the new-query target needs more.`);
  const paths = queries.map(searchPath);
  const warmUp = Math.max(1, Math.min(warmUpRequests, Math.floor(paths.length / 4)));
  return { distinct: paths.length, probePath: paths[0]!, warmUpPaths: paths.slice(1, 1 + warmUp), measuredPaths: paths.slice(1 + warmUp) };
}
