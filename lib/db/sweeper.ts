import 'server-only';
import { deleteExpiredCounters } from './rate-limits';
import { deleteStaleSessions } from './sessions';

// Rows that outlive their use: rate-limit counters a minute or so after their window, and ended
// sessions a day after (lib/db/sessions.ts keeps them for kept forms). Without a sweep those tables
// would grow for ever. Every app instance sweeps now and then (DELETEs of rows nothing can need:
// running them twice at once does no harm).

const INTERVAL_MS = 10 * 60_000;
const state: { timer?: NodeJS.Timeout } = ((globalThis as { __contrastSweeper?: { timer?: NodeJS.Timeout } }).__contrastSweeper ??= {});

/** One sweep of every table (the timer's, and tests'). */
export async function sweep({ now = Date.now() }: { now?: number } = {}): Promise<{ counters: number; sessions: number }> {
  const [counters, sessions] = await Promise.all([deleteExpiredCounters({ now }), deleteStaleSessions({ now })]);
  return { counters, sessions };
}

export function startSweeper(): void {
  if (state.timer) return;
  state.timer = setInterval(() => {
    sweep().catch((error: unknown) => console.error('Could not delete expired rate-limit counters or ended sessions:', error));
  }, INTERVAL_MS);
  state.timer.unref();
}
