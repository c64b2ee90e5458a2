import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';

// Browsers ask for compressed pages (Accept-Encoding: gzip, deflate, br), and Next's compression
// middleware gzips every response afresh: a cache hit of a comparison page (about 70 KB) then costs
// the server about 2.4 times what the same page costs uncompressed (measured: 1,311 against 3,087
// req/s), all of it compressing the same bytes again.
//
// So a large body sent whole (`res.end(html)`: every page Next serves from its cache) is compressed
// once, with Brotli when the browser takes it (smaller) and gzip otherwise, and the compressed bytes
// are kept, keyed by the body string itself, as lib/cache/response-bytes.ts keeps the UTF-8 ones.
// Next's compression middleware asks `precompressed` first (its `end`, changed at install by
// scripts/patch-next.mjs) and, given bytes, sends them with their Content-Encoding and
// Content-Length instead of starting a zlib stream. It judges as the middleware would: a
// compressible type, no `Cache-Control: no-transform`, not HEAD, nothing encoded already, an
// encoding the request accepts. Responses written in pieces (a page rendered for its request) are
// still compressed by the middleware as before. Bounded by total size, least recently used first out.

const MIN_CHARACTERS = 8 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
// For 70 KB of text, Brotli's quality 11 took about 30 ms here and quality 5 about 1 ms, for output about 12%
// larger: the first reader of each page version waits for it, so 5.
const BROTLI_QUALITY = 5;

export type Coding = 'br' | 'gzip';
const CODINGS: Coding[] = ['br', 'gzip'];

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]*\+(?:json|xml))|image\/svg\+xml)/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

// negotiator 1.x takes the server's preference among encodings the request values equally (`gzip,
// deflate, br` asks for all three alike: Brotli, being smaller, goes first); @types/negotiator 0.6
// does not know the option yet.
type PreferringNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined };

type Compressed = Partial<Record<Coding, Buffer>>;
const kept = new Map<string, Compressed>();
let totalBytes = 0;

function compress(body: string, coding: Coding): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  if (coding === 'gzip') return gzipSync(bytes);
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** `body` compressed with `coding`, from the memo when it was compressed before. */
export function compressedBody(body: string, coding: Coding): Buffer {
  const entry = kept.get(body);
  const hit = entry?.[coding];
  if (entry) {
    // Most recently used last, so eviction takes the oldest first.
    kept.delete(body);
    kept.set(body, entry);
  }
  if (hit) return hit;
  const bytes = compress(body, coding);
  const size = bytes.length + (entry ? 0 : body.length * 2);
  if (size > MAX_TOTAL_BYTES / 8) return bytes;
  kept.set(body, { ...entry, [coding]: bytes });
  totalBytes += size;
  for (const [key, value] of kept) {
    if (totalBytes <= MAX_TOTAL_BYTES) break;
    kept.delete(key);
    totalBytes -= key.length * 2 + Object.values(value).reduce((sum, b) => sum + b.length, 0);
  }
  return bytes;
}

/** What the memo holds, for tests. */
export function compressedMemoSize(): { entries: number; bytes: number } {
  return { entries: kept.size, bytes: totalBytes };
}

function addVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim().toLowerCase());
  if (list.includes('*') || list.includes(field.toLowerCase())) return;
  res.setHeader('Vary', current ? `${Array.isArray(current) ? current.join(', ') : current}, ${field}` : field);
}

/**
 * The compressed bytes to send for `res.end(body, encoding)`, with the response's
 * Content-Encoding, Content-Length and Vary set for them; undefined when the body goes as it is
 * (small, not a string, not compressible, not accepted, HEAD, already encoded, no-transform).
 */
export function precompressed(res: ServerResponse, body: unknown, encoding?: unknown): Buffer | undefined {
  if (typeof body !== 'string' || body.length < MIN_CHARACTERS) return undefined;
  if (encoding !== undefined && typeof encoding !== 'function' && encoding !== 'utf8' && encoding !== 'utf-8') return undefined;
  const req = res.req;
  if (!req || req.method === 'HEAD' || res.headersSent) return undefined;
  if (!COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''))) return undefined;
  if (NO_TRANSFORM.test(String(res.getHeader('Cache-Control') ?? ''))) return undefined;
  if (String(res.getHeader('Content-Encoding') ?? 'identity') !== 'identity') return undefined;
  const coding = (new Negotiator(req) as unknown as PreferringNegotiator).encoding([...CODINGS, 'identity'], { preferred: CODINGS }) as Coding | 'identity' | undefined;
  addVary(res, 'Accept-Encoding');
  if (coding !== 'br' && coding !== 'gzip') return undefined;
  const bytes = compressedBody(body, coding);
  res.setHeader('Content-Encoding', coding);
  res.setHeader('Content-Length', bytes.length);
  return bytes;
}

const HOOK = Symbol.for('contrast.precompress');

/** Lets Next's compression middleware ask `precompressed` (see the top of this file). Idempotent. */
export function sendCachedPagesPrecompressed(): void {
  (globalThis as { [HOOK]?: typeof precompressed })[HOOK] = precompressed;
}
