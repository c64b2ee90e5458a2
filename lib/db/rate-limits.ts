import 'server-only';
import { db } from './client';

// Sliding-window counters in PostgreSQL, shared by every app instance: hits are counted in
// one-minute buckets and a window sums the buckets of its last N minutes.

const BUCKET_MS = 60_000;

function bucketStart(time: number): Date {
  return new Date(Math.floor(time / BUCKET_MS) * BUCKET_MS);
}

export type WindowCount = { count: number; /** When the oldest counted bucket leaves the window. */ oldestExpiresAt: Date | null };

export async function countInWindow({ key, windowMinutes, now = Date.now() }: { key: string; windowMinutes: number; now?: number }): Promise<WindowCount> {
  const since = new Date(bucketStart(now).getTime() - (windowMinutes - 1) * BUCKET_MS);
  const rows = await db.rateLimitCounter.findMany({
    where: { key, windowStart: { gte: since } },
    select: { windowStart: true, count: true },
    orderBy: { windowStart: 'asc' },
  });
  const count = rows.reduce((sum, r) => sum + r.count, 0);
  const oldest = rows[0]?.windowStart;
  return { count, oldestExpiresAt: oldest ? new Date(oldest.getTime() + windowMinutes * BUCKET_MS) : null };
}

/** Adds one hit to `key`'s current bucket (one statement, safe under concurrency). */
export async function recordHit({ key, windowMinutes, now = Date.now() }: { key: string; windowMinutes: number; now?: number }): Promise<void> {
  const windowStart = bucketStart(now);
  const expiresAt = new Date(windowStart.getTime() + (windowMinutes + 1) * BUCKET_MS);
  await db.$executeRaw`
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    VALUES (${key}, ${windowStart}, 1, ${expiresAt})
    ON CONFLICT (key, window_start) DO UPDATE
      SET count = rate_limit_counters.count + 1,
          expires_at = GREATEST(rate_limit_counters.expires_at, EXCLUDED.expires_at)`;
}

/** Removes counters no window can see any more; cheap, called now and then. */
export async function deleteExpiredCounters({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  return count;
}
