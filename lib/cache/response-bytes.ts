import { ServerResponse } from 'node:http';

// Next sends a page from its cache as a JavaScript string (`res.end(html)` in
// next/dist/server/send-payload.js), and Node encodes a string body to UTF-8 bytes again on
// every response. For a comparison page (about 70 KB, with typographic quotes that make V8
// keep it as a two-byte string) that encoding is most of what a cache hit costs: measured
// here, `res.end(string)` of the page serves about 1,900 req/s, the same bytes as a Buffer
// about 26,000.
//
// Before that, Next sets Content-Length to `Buffer.byteLength(html)`, which walks the whole
// two-byte string again on every hit (a CPU profile of the comparison page under load put
// about 0.1 ms per request there).
//
// So the server keeps the encoded bytes of the large bodies it sends, keyed by the string
// itself: a lookup hashes the string at most (V8 keeps the hash of a string it has hashed)
// and costs no re-encoding. `res.end(string)` sends those bytes, and `Buffer.byteLength` of
// a string held in the memo answers their length. The bytes are the same ones Node would
// have written and the lengths the same it would have counted; only strings sent whole,
// without an explicit encoding (or UTF-8), are touched. Bounded by total size, least
// recently used first out.

const MIN_BYTES = 8 * 1024;
// What the memo may hold: the bytes and the strings that key them (up to two bytes a character).
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;

type End = ServerResponse['end'];

const UTF8 = new Set(['utf8', 'utf-8', 'UTF8', 'UTF-8']);

const encoded = new Map<string, Buffer>();
let totalBytes = 0;

/** The UTF-8 bytes of `body`, from the memo when it was sent before. */
export function bytesOf(body: string): Buffer {
  const hit = encoded.get(body);
  if (hit) {
    // Most recently used last, so eviction takes the oldest first.
    encoded.delete(body);
    encoded.set(body, hit);
    return hit;
  }
  const bytes = Buffer.from(body, 'utf8');
  if (sizeOf(body, bytes) > MAX_TOTAL_BYTES / 8) return bytes;
  encoded.set(body, bytes);
  totalBytes += sizeOf(body, bytes);
  for (const [key, value] of encoded) {
    if (totalBytes <= MAX_TOTAL_BYTES) break;
    encoded.delete(key);
    totalBytes -= sizeOf(key, value);
  }
  return bytes;
}

function sizeOf(body: string, bytes: Buffer): number {
  return bytes.length + body.length * 2;
}

/** What the memo holds, for tests. */
export function memoSize(): { entries: number; bytes: number } {
  return { entries: encoded.size, bytes: totalBytes };
}

const INSTALLED = Symbol.for('contrast.responseBytes');

function isUtf8(encoding: unknown): boolean {
  return encoding === undefined || UTF8.has(encoding as string);
}

/**
 * Makes `res.end(body)` with a large string body send memoized bytes, and
 * `Buffer.byteLength(body)` of such a body answer from the memo. Installed once per server
 * process (instrumentation.ts); idempotent.
 */
export function sendLargeBodiesAsBytes(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const byteLength = Buffer.byteLength;
  Buffer.byteLength = function memoizedByteLength(value: Parameters<typeof byteLength>[0], encoding?: BufferEncoding) {
    if (typeof value === 'string' && value.length >= MIN_BYTES && isUtf8(encoding)) {
      const hit = encoded.get(value);
      if (hit) return hit.length;
    }
    return byteLength(value, encoding);
  } as typeof byteLength;
  const end: End = proto.end;
  proto.end = function endWithBytes(this: ServerResponse, ...args: unknown[]) {
    const [body, encoding] = args;
    // end(string), end(string, callback), end(string, encoding[, callback]) with utf8 or none
    // (Next's compression middleware passes an undefined encoding along).
    if (typeof body === 'string' && body.length >= MIN_BYTES && (typeof encoding === 'function' || isUtf8(encoding))) {
      args[0] = bytesOf(body);
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as End;
  proto[INSTALLED] = true;
}
