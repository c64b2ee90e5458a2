// Throwaway databases for tests. With TEST_DATABASE_URL or DATABASE_URL (a local PostgreSQL
// server) each run gets a fresh database on it; without, an embedded PGlite database is
// served over the PostgreSQL wire protocol, so tests and the app connect the same way.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { deployMigrations, type SqlRunner } from '../../lib/db/migrations';

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

/** A SqlRunner over one node-postgres connection. */
export function pgRunner(client: pg.Client): SqlRunner {
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
    exec: (sql: string) => client.query(sql),
  };
}

/** A SqlRunner over an in-process PGlite database (what the app uses without DATABASE_URL). */
export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    exec: (sql: string) => db.exec(sql),
  };
}

async function migrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await deployMigrations(pgRunner(client));
  } finally {
    await client.end();
  }
}

/**
 * A database with nothing in it: a new database on the PostgreSQL server at `base`, or, with
 * `null`, a new in-memory PGlite served over the wire protocol.
 */
export async function createEmptyDatabase(label: string, base: string | null = baseDatabaseUrl() ?? null): Promise<TestDatabase> {
  if (base) {
    assertLocal(base);
    const name = `contrast_${label}_${Date.now().toString(36)}_${process.pid}_${randomUUID().slice(0, 6)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
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
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    kind: 'embedded',
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}

/** A fresh database with every migration applied (see createEmptyDatabase). */
export async function createTestDatabase(label: string, base: string | null = baseDatabaseUrl() ?? null): Promise<TestDatabase> {
  const database = await createEmptyDatabase(label, base);
  try {
    await migrate(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
