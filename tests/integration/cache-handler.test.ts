import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import { getRouteCacheKey } from 'next/dist/server/lib/route-cache-key';
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import pg from 'pg';
import { inject, describe, expect, it } from 'vitest';
import type SharedTagsCacheHandler from '@/lib/cache/cache-handler.mjs';

// Two app instances must agree on invalidations: the cache handler records them in PostgreSQL
// and announces them with NOTIFY. Each "instance" here is a process of its own.

type Instance = { lines: AsyncIterator<string>; done: Promise<number> };

function startInstance(tag: string, serverDistDir?: string): Instance {
  const child = spawn(process.execPath, ['tests/support/cache-instance.mjs', tag, ...(serverDistDir ? [serverDistDir] : [])], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return {
    lines: createInterface({ input: child.stdout! })[Symbol.asyncIterator](),
    done: new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1))),
  };
}

async function next(instance: Instance): Promise<string> {
  const line = await instance.lines.next();
  return line.done ? '' : line.value;
}

async function loadHandler() {
  process.env.DATABASE_URL = inject('databaseUrl');
  const { default: Handler } = await import('@/lib/cache/cache-handler.mjs');
  return new Handler({ serverDistDir: '/nonexistent', revalidatedTags: [], maxMemoryCacheSize: 0 });
}

describe.runIf(inject('databaseKind') === 'postgres')('shared cache invalidations (PostgreSQL)', () => {
  it('reach a running instance the moment another one revalidates', async () => {
    const tag = `test-live-${randomUUID()}`;
    const other = startInstance(tag);
    expect(await next(other)).toBe('ready 0');
    const handler = await loadHandler();
    await handler.revalidateTag([tag], { expire: 0 });
    expect(await next(other)).toMatch(/^seen \d+$/);
    expect(await other.done).toBe(0);
  });

  it('reach an instance that starts after the invalidation', async () => {
    const tag = `test-late-${randomUUID()}`;
    const handler = await loadHandler();
    await handler.revalidateTag([tag], { expire: 0 });
    const late = startInstance(tag);
    expect(await next(late)).toMatch(/^ready [1-9]\d*$/);
    expect(await next(late)).toMatch(/^seen \d+$/);
    expect(await late.done).toBe(0);
  });
});

describe('what an invented address makes the server render', () => {
  const keyOf = (pathname: string, sourceRoute: string, kind = 'APP_PAGE') => getRouteCacheKey(pathname, { kind: kind as never, sourceRoute });
  const context = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
  const page = (html: string, status: number) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc ${html}`), headers: {}, postponed: undefined, status, segmentData: undefined });

  it('is told apart by its status or kind: 404 pages and API answers, and data-cache entries', async () => {
    const { isMemoryOnly } = await import('@/lib/cache/cache-handler.mjs');
    expect(isMemoryOnly(page('<p>Lenin vs. Stalin</p>', 200))).toBe(false);
    expect(isMemoryOnly(page('<p>not found</p>', 404))).toBe(true);
    expect(isMemoryOnly({ kind: 'APP_ROUTE', body: Buffer.from('{}'), status: 404, headers: {} })).toBe(true);
    expect(isMemoryOnly({ kind: 'APP_ROUTE', body: Buffer.from('{}'), status: 200, headers: {} })).toBe(false);
    expect(isMemoryOnly({ kind: 'FETCH', data: { body: '3', headers: {}, status: 200, url: '' }, revalidate: 31536000 })).toBe(true);
  });

  it('stays in memory and never reaches the disk, and is read back from memory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'contrast-cache-'));
    try {
      const { default: Handler } = await import('@/lib/cache/cache-handler.mjs');
      const handler = new Handler({ fs: nodeFs, serverDistDir: path.join(dir, 'server'), revalidatedTags: [], maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: true });
      const missingKey = keyOf('/figures/nobody-at-all', '/(public)/figures/[slug]/page');
      await handler.set(missingKey, page('<p>We could not find that figure</p>', 404), context);
      await handler.set(keyOf('/figures/lenin', '/(public)/figures/[slug]/page'), page('<p>Lenin</p>', 200), context);
      await handler.set('0123456789abcdef', { kind: 'FETCH', data: { body: '3', headers: {}, status: 200, url: '' }, revalidate: 31536000 }, { fetchCache: true, tags: ['figure:1'] });

      const files = (await readdir(dir, { recursive: true })).map(String);
      expect(files.some((f) => f.includes('lenin'))).toBe(true);
      expect(files.filter((f) => f.includes('nobody') || f.includes('0123456789abcdef'))).toEqual([]);

      const hit = (await handler.get(missingKey, { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false })) as { value?: { html?: string; status?: number } } | null;
      expect(hit?.value).toMatchObject({ html: '<p>We could not find that figure</p>', status: 404 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is looked up in memory only: a miss does not look on the disk, a hit comes back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'contrast-cache-'));
    const touched: string[] = [];
    // Next's file-system cache does its disk work through this object: count what reaches it.
    const fs = new Proxy(nodeFs, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? (...args: unknown[]) => (touched.push(`${String(name)} ${String(args[0])}`), value.apply(target, args)) : value;
      },
    });
    try {
      const { default: Handler, isMemoryOnlyRead } = await import('@/lib/cache/cache-handler.mjs');
      const handler = new Handler({ fs, serverDistDir: path.join(dir, 'server'), revalidatedTags: [], maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: true });
      const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
      const fetchContext = { kind: 'FETCH', tags: ['figure:1'], softTags: [] };

      expect(isMemoryOnlyRead(fetchContext)).toBe(true);
      expect(isMemoryOnlyRead(pageContext)).toBe(false);

      expect(await handler.get('fedcba9876543210', fetchContext)).toBeNull();
      expect(touched).toEqual([]);

      await handler.set('fedcba9876543210', { kind: 'FETCH', data: { body: '3', headers: {}, status: 200, url: '' }, revalidate: 31536000 }, { fetchCache: true, tags: ['figure:1'] });
      const hit = (await handler.get('fedcba9876543210', fetchContext)) as { value?: { kind?: string; data?: { body?: string } } } | null;
      expect(hit?.value).toMatchObject({ kind: 'FETCH', data: { body: '3' } });
      expect(touched).toEqual([]);

      // Any other page still looks on the disk after a memory miss.
      expect(await handler.get(keyOf('/figures/nobody-yet', '/(public)/figures/[slug]/page'), pageContext)).toBeNull();
      expect(touched.length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a page whose render overlapped a save', () => {
  const key = getRouteCacheKey('/newton-vs-einstein', { kind: 'APP_PAGE' as never, sourceRoute: '/(public)/[[...slug]]/page' });
  const context = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
  const read = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // Next's memory cache, shared by every handler of the process: emptied, it leaves the disk.
  const forgetInMemory = (k: string) => (FileSystemCache as unknown as { memoryCache?: { remove(key: string): void } }).memoryCache?.remove(k);
  // A page as Next stores it: its tags travel in a header.
  const page = (html: string, tags: string[]) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc ${html}`), headers: { 'x-next-cache-tags': tags.join(',') }, postponed: undefined, status: 200, segmentData: undefined });

  async function withHandler(run: (handler: SharedTagsCacheHandler) => Promise<void>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'contrast-cache-'));
    try {
      const { default: Handler } = await import('@/lib/cache/cache-handler.mjs');
      await run(new Handler({ fs: nodeFs, serverDistDir: path.join(dir, 'server'), revalidatedTags: [], maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: true }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('is rendered again when a tag it shows expired after its request began, from memory and from the disk', async () => {
    const { runInRequest } = await import('@/lib/cache/request-clock.mjs');
    const tag = `figure:${randomUUID()}`;
    await withHandler(async (handler) => {
      // A reader's request begins and reads the old fact; the editor's save expires the tag;
      // the render finishes and is stored after the expiry.
      const startedAt = Date.now();
      await sleep(5);
      await handler.revalidateTag([tag], { expire: 0 });
      await sleep(5);
      await runInRequest(startedAt, () => handler.set(key, page('<p>the old fact</p>', [tag]), context));
      await sleep(20);
      expect(await handler.get(key, read)).toBeNull();

      // The same holds for the copy on the disk, read after a restart.
      forgetInMemory(key);
      expect(await handler.get(key, read)).toBeNull();
    });
  });

  it('is served from the cache when its request began after the save', async () => {
    const { runInRequest } = await import('@/lib/cache/request-clock.mjs');
    const tag = `figure:${randomUUID()}`;
    await withHandler(async (handler) => {
      await handler.revalidateTag([tag], { expire: 0 });
      await sleep(5);
      await runInRequest(Date.now(), () => handler.set(key, page('<p>the new fact</p>', [tag]), context));
      await sleep(20);
      expect(await handler.get(key, read)).toMatchObject({ value: { html: '<p>the new fact</p>' } });
      forgetInMemory(key);
      expect(await handler.get(key, read)).toMatchObject({ value: { html: '<p>the new fact</p>' } });
    });
  });
});

describe('the pages an instance keeps on its disk', () => {
  /** A server dist dir whose route cache holds one page, and, if given, an owner. */
  async function distDir(owner?: string) {
    const root = await mkdtemp(path.join(tmpdir(), 'contrast-cache-'));
    const server = path.join(root, 'server');
    await mkdir(path.join(server, 'route-cache', 'APP_PAGE', 'h', '$'), { recursive: true });
    await writeFile(path.join(server, 'route-cache', 'APP_PAGE', 'h', '$', 'lenin-vs-stalin.html'), '<p>from some database</p>');
    if (owner) await writeFile(path.join(server, 'route-cache', '.database'), `${owner}\n`);
    return { root, server, page: path.join(server, 'route-cache', 'APP_PAGE', 'h', '$', 'lenin-vs-stalin.html'), owner: path.join(server, 'route-cache', '.database') };
  }

  it('are kept for the database they were rendered from, and dropped for any other or none', async () => {
    const { claimRouteCache } = await import('@/lib/cache/cache-handler.mjs');
    const dir = await distDir();
    try {
      // Pages from before anyone wrote an owner: of no known database.
      claimRouteCache(dir.server, 'database-a');
      expect(existsSync(dir.page)).toBe(false);
      expect(await readFile(dir.owner, 'utf8')).toBe('database-a\n');

      await mkdir(path.dirname(dir.page), { recursive: true });
      await writeFile(dir.page, '<p>from database a</p>');
      claimRouteCache(dir.server, 'database-a');
      expect(await readFile(dir.page, 'utf8')).toBe('<p>from database a</p>');

      claimRouteCache(dir.server, 'database-b');
      expect(existsSync(dir.page)).toBe(false);
      expect(await readFile(dir.owner, 'utf8')).toBe('database-b\n');

      // No shared database (the embedded one): every start begins afresh.
      await mkdir(path.dirname(dir.page), { recursive: true });
      await writeFile(dir.page, '<p>from the embedded database</p>');
      claimRouteCache(dir.server, null);
      expect(existsSync(path.join(dir.server, 'route-cache'))).toBe(false);
    } finally {
      await rm(dir.root, { recursive: true, force: true });
    }
  });

  it('are left alone where there is no build', async () => {
    const { claimRouteCache } = await import('@/lib/cache/cache-handler.mjs');
    const missing = path.join(tmpdir(), `contrast-no-build-${randomUUID()}`);
    claimRouteCache(missing, 'database-a');
    expect(existsSync(missing)).toBe(false);
  });

  it.runIf(inject('databaseKind') === 'postgres')('are dropped when an instance starts on another database, and kept when it starts on theirs', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    const { databaseId } = await import('@/lib/cache/cache-handler.mjs');
    const id = await databaseId(client);
    expect(await databaseId(client)).toBe(id);
    await client.end();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const other = await distDir('a-database-since-dropped');
    const own = await distDir(id);
    try {
      const handler = await loadHandler();
      for (const [dir, kept] of [[other, false], [own, true]] as const) {
        const tag = `test-claim-${randomUUID()}`;
        const instance = startInstance(tag, dir.server);
        expect(await next(instance)).toBe('ready 0');
        expect(existsSync(dir.page)).toBe(kept);
        expect(await readFile(dir.owner, 'utf8')).toBe(`${id}\n`);
        // Let it go: it exits once it hears of its tag.
        await handler.revalidateTag([tag], { expire: 0 });
        expect(await instance.done).toBe(0);
      }
    } finally {
      await rm(other.root, { recursive: true, force: true });
      await rm(own.root, { recursive: true, force: true });
    }
  });
});
