// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { db } from './client';

// Sliding-window counters in PostgreSQL, shared by every app instance: hits are counted in
// one-minute buckets and a window sums the buckets of its last N minutes.

const BUCKET_MS = 60_000;

function bucketStart(time: number): Date {
  return new Date(Math.floor(time / BUCKET_MS) * BUCKET_MS);
}

export type Reservation = { ok: true } | { ok: false; /** When the oldest counted hit leaves the window. */ oldestExpiresAt: Date };

/**
 * Takes one of `max` places in `key`'s window: the hit is added and the window summed in one
 * statement, so requests arriving together cannot all be counted under the limit (a count
 * first and a hit afterwards let a burst of them through). Over the limit, the hit is taken
 * back. Give `releaseHit` the same `now` to take back a place that was not used after all.
 */
export async function reserveHit({ key, windowMinutes, max, now = Date.now() }: { key: string; windowMinutes: number; max: number; now?: number }): Promise<Reservation> {
  const windowStart = bucketStart(now);
  const since = new Date(windowStart.getTime() - (windowMinutes - 1) * BUCKET_MS);
  const expiresAt = new Date(windowStart.getTime() + (windowMinutes + 1) * BUCKET_MS);
  const [row] = await db.$queryRaw<{ total: number; oldest: Date | null }[]>`
    WITH hit AS (
      INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
      VALUES (${key}, ${windowStart}, 1, ${expiresAt})
      ON CONFLICT (key, window_start) DO UPDATE
        SET count = rate_limit_counters.count + 1,
            expires_at = GREATEST(rate_limit_counters.expires_at, EXCLUDED.expires_at)
      RETURNING count
    ), earlier AS (
      SELECT count, window_start FROM rate_limit_counters
      WHERE key = ${key} AND window_start >= ${since} AND window_start < ${windowStart}
    )
    SELECT ((SELECT count FROM hit) + COALESCE((SELECT sum(count) FROM earlier), 0))::int AS total,
           (SELECT min(window_start) FROM earlier) AS oldest`;
  if (row!.total <= max) return { ok: true };
  await releaseHit({ key, now });
  return { ok: false, oldestExpiresAt: new Date((row!.oldest ?? windowStart).getTime() + windowMinutes * BUCKET_MS) };
}

/** Takes back a hit `reserveHit` added at `now`. */
export async function releaseHit({ key, now }: { key: string; now: number }): Promise<void> {
  await db.rateLimitCounter.updateMany({ where: { key, windowStart: bucketStart(now), count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Removes counters no window can see any more; cheap, called now and then. */
export async function deleteExpiredCounters({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  return count;
}
