// isDatabaseHealthy() checks the app's one client, so the unhealthy cases point lib/db at
// servers that cannot answer (DATABASE_URL is read when lib/env is first imported).
import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';

const sharedUrl = inject('databaseUrl');

async function healthWith(url: string) {
  const previous = await import('@/lib/db/client');
  await previous.disconnectDb();
  vi.resetModules();
  process.env.DATABASE_URL = url;
  const [{ isDatabaseHealthy }, { disconnectDb }] = await Promise.all([import('@/lib/db/health'), import('@/lib/db/client')]);
  return { isDatabaseHealthy, disconnectDb };
}

afterAll(async () => {
  const { disconnectDb } = await import('@/lib/db/client');
  await disconnectDb();
  process.env.DATABASE_URL = sharedUrl;
});

describe('database health', () => {
  it('is healthy when the database answers', async () => {
    const { isDatabaseHealthy } = await healthWith(sharedUrl);
    // The first query also starts the client (about a second on a busy machine): allow for it.
    expect(await isDatabaseHealthy({ timeoutMs: 10_000 })).toBe(true);
    expect(await isDatabaseHealthy()).toBe(true);
  });

  it('is unhealthy, quickly and without throwing, when nothing listens on the port', async () => {
    const { isDatabaseHealthy } = await healthWith('postgresql://postgres@127.0.0.1:1/postgres');
    // The first call also starts the client; time the next one.
    expect(await isDatabaseHealthy({ timeoutMs: 10_000 })).toBe(false);
    const started = performance.now();
    expect(await isDatabaseHealthy({ timeoutMs: 10_000 })).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is unhealthy within the timeout when the server accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const { isDatabaseHealthy, disconnectDb } = await healthWith(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    try {
      const started = performance.now();
      expect(await isDatabaseHealthy({ timeoutMs: 300 })).toBe(false);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(10_000);
      // It did try this server (on a busy machine the connection may land just after the timeout).
      await vi.waitFor(() => expect(sockets.size).toBeGreaterThan(0), { timeout: 10_000 });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await disconnectDb().catch(() => {});
    }
  });
});
