// Server code without the 'server-only' marker, which Next refuses in the Pages Router: pages/search.tsx
// reads it in getServerSideProps (left out of the browser's bundle, which could not hold pg anyway).
import { createHash } from 'node:crypto';
import { clientIp } from '../auth/client-ip';
import { currentExchange, keepOutOfCache } from '../cache/request-clock.mjs';
import { reserveHit } from '../db/rate-limits';
import { answerWithStatus } from '../http/response-status';

// A search whose results are not kept yet runs a full-text query (lib/search/page.ts): a few ms of
// PostgreSQL's CPU, and of the server's. Each address may have the server run SEARCH_LIMIT_PER_MINUTE
// of them a minute (60 unless set), counted in PostgreSQL so the limit holds across app instances. A
// repeated search answered from the kept results is not counted, nor is the empty search (the prompt).

const WINDOW_MINUTES = 1;
const DEFAULT_PER_MINUTE = 60;

export type SearchAdmission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Searches one address may have the server run per minute. */
export function searchLimitPerMinute(): number {
  const value = Number(process.env.SEARCH_LIMIT_PER_MINUTE);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_PER_MINUTE;
}

/** The client's address from the request being answered (also where no dynamic API may be used). */
function requestAddress(): string {
  const headers = currentExchange()?.request?.headers ?? {};
  const forwarded = headers['x-forwarded-for'];
  const realIp = headers['x-real-ip'];
  return clientIp(
    new Headers({
      ...(forwarded ? { 'x-forwarded-for': Array.isArray(forwarded) ? forwarded.join(', ') : forwarded } : {}),
      ...(typeof realIp === 'string' ? { 'x-real-ip': realIp } : {}),
    }),
  );
}

/**
 * Counts a search about to run against its address's limit. Refused, the answer is for this
 * request alone: status 429 with Retry-After and `no-store`, and kept out of Next's cache.
 */
export async function admitSearch({ now = Date.now() }: { now?: number } = {}): Promise<SearchAdmission> {
  const key = `search:ip:${createHash('sha256').update(requestAddress()).digest('hex')}`;
  const reserved = await reserveHit({ key, windowMinutes: WINDOW_MINUTES, max: searchLimitPerMinute(), now });
  if (reserved.ok) return { ok: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((reserved.oldestExpiresAt.getTime() - now) / 1000));
  keepOutOfCache();
  if (answerWithStatus(429)) {
    const response = currentExchange()?.response;
    response?.setHeader('Retry-After', String(retryAfterSeconds));
    response?.setHeader('Cache-Control', 'private, no-store');
  }
  return { ok: false, retryAfterSeconds };
}
