import 'server-only';
import pg from 'pg';
import { toComparisonCard, type ComparisonCard } from '../comparisons/view';
import { db } from './client';
import { comparisonCardSelect } from './selects';

// Readings of comparison pages, a row per comparison and day (UTC), added up from what every
// app instance counted (lib/comparisons/view-counter.ts). They rank the popular comparisons a
// 404 page offers; nothing else reads them.

/** How many days of readings make a comparison popular. */
export const POPULAR_WINDOW_DAYS = 30;
/** Counts older than this are deleted as new ones are added. */
const KEPT_DAYS = 2 * POPULAR_WINDOW_DAYS;
const DAY_MS = 86_400_000;

function utcDay(time: Date, daysBefore = 0): string {
  return new Date(time.getTime() - daysBefore * DAY_MS).toISOString().slice(0, 10);
}

// $1 the first day kept, $2 the day counted, $3 the slugs, $4 their readings. One statement: old
// counts are deleted on the way.
const RECORD_VIEWS_SQL = `
  WITH expired AS (DELETE FROM comparison_view_counts WHERE day < $1::date)
  INSERT INTO comparison_view_counts (comparison_id, day, views)
  SELECT c.id, $2::date, sum(v.views)
  FROM unnest($3::text[], $4::bigint[]) AS v(slug, views)
  JOIN comparisons c ON c.slug = v.slug AND c.status = 'PUBLISHED'
  GROUP BY c.id
  ON CONFLICT (comparison_id, day) DO UPDATE SET views = comparison_view_counts.views + EXCLUDED.views`;

/** Runs a statement with its parameters and returns the rows it changed. */
export type RunStatement = (sql: string, params: unknown[]) => Promise<number>;

const throughPrisma: RunStatement = (sql, params) => db.$executeRawUnsafe(sql, ...params);

const KEY = Symbol.for('contrast.viewCounterPool');
const holder = globalThis as { [KEY]?: pg.Pool };

/**
 * The connection the view counter flushes over: on PostgreSQL a one-connection pool of its own,
 * as the cache handler's invalidations have; on the embedded database, the app's one client. The
 * app's Prisma client, flushed through every second from instrumentation's bundle while pages
 * used it from theirs, was seen in e2e to mix two statements on one connection ("bind message
 * supplies 6 parameters, but prepared statement \"\" requires 3"); it did not happen outside e2e
 * and its cause is not known.
 */
export function counterConnection(): RunStatement | undefined {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return undefined;
  const pool = (holder[KEY] ??= new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 30_000 }));
  return async (sql, params) => (await pool.query(sql, params)).rowCount ?? 0;
}

/**
 * Adds readings counted on `at`'s day: comparison slug -> readings. A slug that is not a
 * published comparison's (a 404, an old address that redirects) is dropped by the join, so an
 * invented address counts for nothing. Returns the comparisons whose counts were added to.
 * `run` is the connection to send it over (the app's Prisma client unless given).
 */
export async function recordComparisonViews({ counts, at = new Date(), run = throughPrisma }: { counts: ReadonlyMap<string, number>; at?: Date; run?: RunStatement }): Promise<number> {
  if (counts.size === 0) return 0;
  return run(RECORD_VIEWS_SQL, [utcDay(at, KEPT_DAYS), utcDay(at), [...counts.keys()], [...counts.values()]]);
}

/**
 * The published comparisons read most in the POPULAR_WINDOW_DAYS days up to `now`, most read first
 * (ties: the more recently published). Only comparisons read at least once; may be empty.
 */
export async function listPopularComparisons({ take = 6, now = new Date() }: { take?: number; now?: Date } = {}): Promise<ComparisonCard[]> {
  const ranked = await db.$queryRaw<{ id: number }[]>`
    SELECT c.id
    FROM comparison_view_counts v
    JOIN comparisons c ON c.id = v.comparison_id AND c.status = 'PUBLISHED'
    WHERE v.day > ${utcDay(now, POPULAR_WINDOW_DAYS)}::date AND v.day <= ${utcDay(now)}::date
    GROUP BY c.id
    ORDER BY sum(v.views) DESC, max(c.published_at) DESC NULLS LAST, c.id DESC
    LIMIT ${take}`;
  if (ranked.length === 0) return [];
  const rows = await db.comparison.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, status: 'PUBLISHED' },
    relationLoadStrategy: 'join',
    select: comparisonCardSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toComparisonCard(row)]));
  return ranked.flatMap((r) => byId.get(r.id) ?? []);
}
