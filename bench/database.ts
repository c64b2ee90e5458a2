// The benchmark's PostgreSQL databases: BENCH_DATABASE_URL as given (never dropped), or a fresh
// `contrast_bench` on DATABASE_URL's server (default: the local one), dropped afterwards; and
// `contrast_bench_admin` on the same server for the admin list pages (bench/admin-data.ts).
import pg from 'pg';
import { deployMigrations } from '../lib/db/migrations';
import { run } from './processes';

export const BENCH_DATABASE_NAME = 'contrast_bench';
const DEFAULT_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export type BenchDatabase = {
  url: string;
  /** true for the fresh `contrast_bench`, which the bench may drop; false for BENCH_DATABASE_URL. */
  owned: boolean;
  drop(): Promise<void>;
};

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to benchmark against the database host "${host}": the bench creates, fills and drops a database, so it only uses a local server.`);
  }
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Returns the database to use; a fresh one is created empty (call `migrate` and `seed` next). */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  if (given) {
    assertLocal(given);
    return { url: given, owned: false, drop: async () => {} };
  }
  return createOwnedDatabase(BENCH_DATABASE_NAME);
}

/** The maintenance database of the bench's server (DATABASE_URL's, else the local one): never one we drop. */
export function benchServerUrl(): string {
  const server = new URL(process.env.DATABASE_URL?.trim() || DEFAULT_SERVER_URL);
  assertLocal(server.toString());
  server.pathname = '/postgres';
  return server.toString();
}

/** Drops and recreates `name` on the bench's server; `drop` removes it again. */
export async function createOwnedDatabase(name: string, server = benchServerUrl()): Promise<BenchDatabase> {
  const dropSql = `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;
  await withClient(server, async (client) => {
    await client.query(dropSql);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    owned: true,
    drop: () => withClient(server, async (client) => void (await client.query(dropSql))),
  };
}

export async function migrate(url: string): Promise<string[]> {
  const result = await withClient(url, (client) =>
    deployMigrations({
      query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
      exec: (sql: string) => client.query(sql),
    }),
  );
  return result.applied;
}

/** Loads the demo content with the app's own seed script, in a child process like `npm run db:seed`. */
export async function seed(url: string): Promise<void> {
  const code = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/db-seed.ts'], { ...process.env, DATABASE_URL: url });
  if (code !== 0) throw new Error(`Seeding the demo content failed (exit code ${code}).`);
}
