// Next.js `cacheHandler` (next.config.js): Next's own file-system cache for the pages
// themselves, plus cache-tag invalidations shared through PostgreSQL, so that a save on one
// app instance refreshes the pages of every instance.
//
//  - revalidateTag/revalidatePath on any instance: applied locally at once, upserted into
//    cache_tag_invalidations and announced with NOTIFY.
//  - every instance LISTENs and applies announced invalidations to its local tag manifest;
//    at start (and after a lost connection) it loads the whole table, so an instance that was
//    down while an editor saved does not serve its stale files.
//  - what anyone can make the server render by inventing an address stays in memory only, in
//    Next's LRU bounded by cacheMaxMemorySize, so it cannot fill the disk: every 404 (/no-such-page,
//    an unknown figure, /api/comparisons/{unknown}). So do the data-cache entries of unstable_cache
//    (search results, one per query anyone typed: lib/search/page.ts; the page tag markers of
//    lib/cache/page-tags.ts; the sitemap's data): cheap to recompute, and a 404's markers are as
//    many as the addresses tried.
//  - every entry is dated from the start of the request that rendered it (./request-clock.mjs),
//    not from when it was stored: a render that read the database before an editor's save and
//    finished after the save expired its tags is then older than the expiry, so the next
//    request renders it again instead of serving the old data for good.
//  - a render the request context marks as for its request alone (keepOutOfCache in
//    ./request-clock.mjs: a search refused by its rate limit) is not stored at all.
//  - without DATABASE_URL (the embedded database: one process by construction) or during
//    `next build`, invalidations stay in this process, as in Next's default cache.
//  - the pages this instance rendered are kept on its disk ({distDir}/server/route-cache; the
//    build's own pages are elsewhere and seed it), and are only as fresh as the invalidations
//    they are checked against. So the disk's pages are dropped when a server starts on a
//    database other than the one they were rendered from (a build reused after `npm test` or
//    the bench, whose databases are gone, or DATABASE_URL changed): the database's own id
//    (settings.database_id) is written beside them. Without DATABASE_URL they are dropped at
//    every start, since the invalidations of the process before were never written down.
// Loaded by Next at run time with a plain `import`, hence JavaScript rather than TypeScript.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import TagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import pg from 'pg';
import { isKeptOutOfCache, requestStartedAt } from './request-clock.mjs';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const { tagsManifest } = TagsManifestModule;

const CHANNEL = 'contrast_cache_tags';
const INSTANCE = randomUUID();
const READY_TIMEOUT_MS = 2000;
// NOTIFY payloads are limited to 8000 bytes; announce long tag lists in chunks.
const TAGS_PER_NOTIFY = 40;

const databaseUrl = process.env.DATABASE_URL?.trim();
const building = process.env.NEXT_PHASE === 'phase-production-build';
const enabled = Boolean(databaseUrl) && !building;

/** @type {{ ready?: Promise<void>, settled?: boolean, listener?: pg.Client, pool?: pg.Pool, retry?: NodeJS.Timeout, serverDistDir?: string, claimed?: boolean }} */
const shared = globalThis.__contrastCacheShared ?? (globalThis.__contrastCacheShared = {});

/** @param {{ tag: string, stale: number, expired: number }} entry */
function applyLocally({ tag, stale, expired }) {
  const current = tagsManifest.get(tag) ?? {};
  if ((current.stale ?? 0) >= stale && (current.expired ?? 0) >= expired) return;
  tagsManifest.set(tag, { stale: Math.max(current.stale ?? 0, stale), expired: Math.max(current.expired ?? 0, expired) });
}

function pool() {
  return (shared.pool ??= new pg.Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 30_000 }));
}

async function loadAll(client) {
  const { rows } = await client.query('SELECT tag, stale_at, expired_at FROM cache_tag_invalidations');
  for (const row of rows) applyLocally({ tag: row.tag, stale: Number(row.stale_at), expired: Number(row.expired_at) });
}

async function listen() {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => reconnectSoon());
  client.on('end', () => reconnectSoon());
  client.on('notification', (message) => {
    try {
      const { from, tags, stale, expired } = JSON.parse(message.payload ?? '{}');
      if (from === INSTANCE || !Array.isArray(tags)) return;
      for (const tag of tags) applyLocally({ tag, stale, expired });
    } catch {
      // A malformed announcement is ignored; the table is the source of truth on reconnect.
    }
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  // Load after LISTEN so that nothing announced in between is missed.
  await loadAll(client);
  if (!shared.claimed) {
    // Without the database's id, the pages on the disk cannot be vouched for: start afresh.
    const id = await databaseId(client).catch((error) => {
      console.error('[cache] could not read the database id; dropping the cached pages on this disk:', error.message);
      return null;
    });
    claimRouteCache(shared.serverDistDir, id);
    shared.claimed = true;
  }
  shared.listener = client;
}

/** The database's own id, made by whichever instance asks first. */
export async function databaseId(client) {
  await client.query(`INSERT INTO settings (key, value) VALUES ('database_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING`);
  const { rows } = await client.query(`SELECT value FROM settings WHERE key = 'database_id'`);
  return rows[0].value;
}

const OWNER_FILE = '.database';

/**
 * Keeps the pages of serverDistDir's route cache when they were rendered from database `id`
 * (or, with no id, never), and drops them otherwise; then marks the cache as `id`'s.
 * @param {string | undefined} serverDistDir
 * @param {string | null} id
 */
export function claimRouteCache(serverDistDir, id) {
  if (!serverDistDir || !existsSync(serverDistDir)) return;
  const dir = path.join(serverDistDir, 'route-cache');
  const owner = path.join(dir, OWNER_FILE);
  let current = null;
  try {
    current = readFileSync(owner, 'utf8').trim();
  } catch {
    // No owner written: pages from before this check, or none.
  }
  if (id !== null && current === id) return;
  rmSync(dir, { recursive: true, force: true });
  if (id === null) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(owner, `${id}\n`);
}

function reconnectSoon() {
  if (shared.retry) return;
  shared.listener = undefined;
  shared.retry = setTimeout(() => {
    shared.retry = undefined;
    listen().catch((error) => {
      console.error('[cache] could not reconnect to PostgreSQL for cache invalidations:', error.message);
      reconnectSoon();
    });
  }, 1000);
  shared.retry.unref?.();
}

function ready() {
  // The hot path: every cached page asks, so answer without timers once the first load is done.
  if (!enabled || shared.settled) return undefined;
  shared.ready ??= listen()
    .catch((error) => {
      console.error('[cache] shared cache invalidations unavailable, serving this instance’s cache:', error.message);
      reconnectSoon();
    })
    .finally(() => {
      shared.settled = true;
    });
  // Never let a slow database hold up a cached page for long.
  return Promise.race([shared.ready, new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS).unref?.())]);
}

async function publish(tags, stale, expired) {
  const client = pool();
  await client.query(
    `INSERT INTO cache_tag_invalidations (tag, stale_at, expired_at)
     SELECT unnest($1::text[]), $2::bigint, $3::bigint
     ON CONFLICT (tag) DO UPDATE SET stale_at = GREATEST(cache_tag_invalidations.stale_at, EXCLUDED.stale_at),
                                     expired_at = GREATEST(cache_tag_invalidations.expired_at, EXCLUDED.expired_at)`,
    [tags, stale, expired],
  );
  for (let i = 0; i < tags.length; i += TAGS_PER_NOTIFY) {
    const payload = JSON.stringify({ from: INSTANCE, tags: tags.slice(i, i + TAGS_PER_NOTIFY), stale, expired });
    await client.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }
}

/**
 * Whether an entry Next is storing stays off the disk (see the top of this file).
 * @param {any} value Next's cache value: { kind: 'APP_PAGE' | 'APP_ROUTE' | 'FETCH' | ..., status?, ... }
 */
export function isMemoryOnly(value) {
  if (value?.kind === 'FETCH') return true;
  return (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE') && value.status === 404;
}

/**
 * Whether a lookup can only be answered from memory: a data-cache entry (set memory-only above).
 * Next's file-system cache looks on the disk after every memory miss (an existsSync and a read that
 * throws ENOENT); this skips it.
 * @param {{ kind?: string } | undefined} context Next's context of the lookup
 */
export function isMemoryOnlyRead(context) {
  return context?.kind === 'FETCH';
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    this.inMemory = new FileSystemCache({ ...ctx, flushToDisk: false });
    // Next makes a handler per request; the first one of the process names the cache's place.
    if (shared.serverDistDir === undefined && !building) {
      shared.serverDistDir = ctx.serverDistDir;
      // Without a shared database, nothing says what changed before this process: start afresh.
      if (!enabled) claimRouteCache(ctx.serverDistDir, null);
    }
  }

  async get(...args) {
    const pending = ready();
    if (pending) await pending;
    if (!isMemoryOnlyRead(args[1])) return super.get(...args);
    return FileSystemCache.memoryCache?.has(args[0]) ? this.inMemory.get(...args) : null;
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} context
   */
  async set(key, data, context) {
    // A refusal rendered for one request (a search over its rate limit) is not everyone's page.
    if (isKeptOutOfCache()) return;
    const startedAt = requestStartedAt();
    const memoryOnly = isMemoryOnly(data);
    const storing = memoryOnly ? this.inMemory.set(key, data, context) : super.set(key, data, context);
    if (startedAt === undefined || !data) return storing;
    // Next puts the entry in memory before its first await: date it before anyone can read it.
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry && entry.value === data) entry.lastModified = Math.min(entry.lastModified, startedAt);
    await storing;
    // After a restart (or once memory has let it go) the entry's date is its file's mtime.
    if (memoryOnly || !this.flushToDisk) return;
    const file = data.kind === 'APP_PAGE' ? this.getFilePath(`${key}.html`, 'APP_PAGE') : data.kind === 'APP_ROUTE' ? this.getFilePath(`${key}.body`, 'APP_ROUTE') : undefined;
    if (file) await utimes(file, new Date(startedAt), new Date(startedAt)).catch(() => {});
  }

  async revalidateTag(tags, durations) {
    const list = (typeof tags === 'string' ? [tags] : tags).filter(Boolean);
    await super.revalidateTag(list, durations);
    if (!enabled || list.length === 0) return;
    // Mirror what the file-system cache just recorded, with the same timestamps.
    const now = Date.now();
    const expired = durations ? (durations.expire !== undefined ? now + durations.expire * 1000 : 0) : now;
    try {
      await ready();
      await publish(list, now, expired);
    } catch (error) {
      console.error('[cache] could not share a cache invalidation with other instances:', error.message);
    }
  }
}
