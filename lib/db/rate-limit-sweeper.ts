import 'server-only';
import { deleteExpiredCounters } from './rate-limits';

// Rate-limit counters outlive their windows by a minute or so; without a sweep the table
// would grow by a row per address and minute for ever. Every app instance sweeps now and
// then (a DELETE of rows no window can see: running it twice at once does no harm).

const INTERVAL_MS = 10 * 60_000;
const state: { timer?: NodeJS.Timeout } = ((globalThis as { __contrastSweeper?: { timer?: NodeJS.Timeout } }).__contrastSweeper ??= {});

export function startRateLimitSweeper(): void {
  if (state.timer) return;
  state.timer = setInterval(() => {
    deleteExpiredCounters().catch((error: unknown) => console.error('Could not delete expired rate-limit counters:', error));
  }, INTERVAL_MS);
  state.timer.unref();
}
