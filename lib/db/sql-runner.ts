// A plain SQL connection for command-line tools (migrations, seed checks), chosen like the
// PrismaClient: DATABASE_URL, or the embedded PGlite database.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { env, isPostgresUrl } from '../env';
import { lockEmbeddedDatabase } from './embedded-lock';
import type { SqlRunner } from './migrations';

export type ClosableSqlRunner = SqlRunner & { close(): Promise<void>; description: string };

export async function openSqlRunner(url = env.databaseUrl, dataDir = env.pgliteDataDir): Promise<ClosableSqlRunner> {
  if (url) {
    if (!isPostgresUrl(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL.');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      description: `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`,
      query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
      exec: (sql: string) => client.query(sql),
      close: () => client.end(),
    };
  }
  const unlock = lockEmbeddedDatabase(dataDir);
  const db = new PGlite({ dataDir });
  await db.waitReady;
  return {
    description: `embedded database in ${dataDir}`,
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    exec: (sql: string) => db.exec(sql),
    close: async () => {
      await db.close();
      unlock();
    },
  };
}
