// The benchmark's PostgreSQL database: BENCH_DATABASE_URL as given (never dropped), or a fresh
// `contrast_bench` on DATABASE_URL's server (default: the local one), dropped afterwards.
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

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
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
  // The maintenance database of the same server: never the one we are about to drop.
  const server = new URL(process.env.DATABASE_URL?.trim() || DEFAULT_SERVER_URL);
  assertLocal(server.toString());
  server.pathname = '/postgres';
  const dropSql = `DROP DATABASE IF EXISTS "${BENCH_DATABASE_NAME}" WITH (FORCE)`;
  await withClient(server.toString(), async (client) => {
    await client.query(dropSql);
    await client.query(`CREATE DATABASE "${BENCH_DATABASE_NAME}"`);
  });
  const url = new URL(server);
  url.pathname = `/${BENCH_DATABASE_NAME}`;
  return {
    url: url.toString(),
    owned: true,
    drop: () => withClient(server.toString(), async (client) => void (await client.query(dropSql))),
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
