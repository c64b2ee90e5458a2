// Throwaway databases for tests. With TEST_DATABASE_URL or DATABASE_URL (a local PostgreSQL
// server) each run gets a fresh database on it; without, an embedded PGlite database is
// served over the PostgreSQL wire protocol, so tests and the app connect the same way.
import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { deployMigrations } from '../../lib/db/migrations';

export type TestDatabase = { url: string; kind: 'postgres' | 'embedded'; drop(): Promise<void> };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function baseDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || undefined;
}

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against the database host "${host}": tests create and drop databases, so they only run on a local server.`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function migrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await deployMigrations({
      query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
      exec: (sql: string) => client.query(sql),
    });
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const base = baseDatabaseUrl();
  if (base) {
    assertLocal(base);
    const name = `contrast_${label}_${Date.now().toString(36)}_${process.pid}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      kind: 'postgres',
      async drop() {
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const db = new PGlite({ dataDir: 'memory://' });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await migrate(url);
  return {
    url,
    kind: 'embedded',
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}
