// The one PrismaClient. DATABASE_URL chooses the driver: a postgres:// URL goes through
// node-postgres (@prisma/adapter-pg); no URL means the embedded PGlite database in .data/.
// The client is created on first use, so `next build` never opens a database.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { env, isPostgresUrl } from '../env';
import { lockEmbeddedDatabase } from './embedded-lock';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

type Holder = { client?: Db; pglite?: PGlite; unlock?: () => void; queryCount: number };

// Kept on globalThis so that module reloads in development reuse one connection pool.
const holder: Holder = ((globalThis as { __contrastDb?: Holder }).__contrastDb ??= { queryCount: 0 });

// Prisma's query events cost about 0.2 ms of CPU per statement (measured here), so only
// tests and development count statements; a production server does not.
const COUNT_STATEMENTS = process.env.NODE_ENV !== 'production';

function createClient(): Db {
  const url = env.databaseUrl;
  let adapter;
  if (url) {
    if (!isPostgresUrl(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL.');
    adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  } else {
    holder.unlock = lockEmbeddedDatabase(env.pgliteDataDir);
    holder.pglite = new PGlite({ dataDir: env.pgliteDataDir });
    adapter = new PrismaPGlite(holder.pglite);
  }
  if (!COUNT_STATEMENTS) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => {
    holder.queryCount += 1;
  });
  // The same client; only the type of `$on` differs.
  return client as unknown as Db;
}

export function getDb(): Db {
  return (holder.client ??= createClient());
}

/** Number of SQL statements this process has sent; tests read it to bound a page's queries. */
export function sqlStatementCount(): number {
  if (!COUNT_STATEMENTS) throw new Error('SQL statements are not counted in production (NODE_ENV=production).');
  return holder.queryCount;
}

export async function disconnectDb(): Promise<void> {
  await holder.client?.$disconnect();
  await holder.pglite?.close();
  holder.unlock?.();
  holder.client = undefined;
  holder.unlock = undefined;
  holder.pglite = undefined;
}

/** Lazily created client: `db.figure.findMany(...)`. Only lib/db modules import this. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});
