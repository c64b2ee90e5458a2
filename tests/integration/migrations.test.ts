import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { deployMigrations, type SqlRunner } from '@/lib/db/migrations';
import { diffMigrationsToSchema } from '@/lib/db/schema-engine';
import { pgliteRunner, pgRunner } from '../support/database';
import { createFreshDatabase } from '../support/fresh-database';

const MIGRATIONS = path.resolve('prisma/migrations');
const SCHEMA = path.resolve('prisma/schema.prisma');
const isPostgres = inject('databaseKind') === 'postgres';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'contrast-migrations-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The migrations on disk, read independently of lib/db/migrations. */
async function migrationsOnDisk(dir = MIGRATIONS): Promise<{ name: string; checksum: string }[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql'))).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => ({ name, checksum: createHash('sha256').update(await readFile(path.join(dir, name, 'migration.sql'))).digest('hex') })),
  );
}

/**
 * `count` connections to one new, empty database: separate pg clients on the PostgreSQL server,
 * or (embedded mode, one connection only) an in-memory PGlite as the app opens it.
 */
async function emptyDatabase(count = 1): Promise<SqlRunner[]> {
  if (!isPostgres) {
    expect(count).toBe(1);
    const db = new PGlite({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    return [pgliteRunner(db)];
  }
  const database = await createFreshDatabase('deploy', { migrated: false });
  cleanups.push(() => database.drop());
  const clients = await Promise.all(
    Array.from({ length: count }, async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      cleanups.push(() => client.end());
      return client;
    }),
  );
  return clients.map(pgRunner);
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; logs: string | null };

async function migrationRows(db: SqlRunner): Promise<MigrationRow[]> {
  const { rows } = await db.query<MigrationRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name, started_at',
  );
  return rows;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, 'migration.sql'), sql);
}

describe('schema.prisma and the migrations', () => {
  it('agree: replaying the migrations gives exactly the schema', async () => {
    expect(await diffMigrationsToSchema(SCHEMA)).toBe('');
  }, 300_000);

  it('disagree when the schema has a field no migration creates', async () => {
    const dir = await tempDir();
    const schema = await readFile(SCHEMA, 'utf8');
    const changed = schema.replace(/^model Category \{\n/m, 'model Category {\n  driftProbe String? @map("drift_probe")\n');
    expect(changed).not.toBe(schema);
    await writeFile(path.join(dir, 'schema.prisma'), changed);
    const diff = await diffMigrationsToSchema(path.join(dir, 'schema.prisma'));
    expect(diff).toMatch(/ALTER TABLE "categories" ADD COLUMN\s+"drift_probe" TEXT/);
  }, 300_000);
});

describe('deploying migrations', () => {
  it('applies every migration to a new database as Prisma does, then only what is new, and reports edited ones', async () => {
    const [db] = await emptyDatabase();
    const expected = await migrationsOnDisk();
    expect(expected.length).toBeGreaterThan(0);

    const result = await deployMigrations(db!);
    expect(result).toEqual({ applied: expected.map((m) => m.name), alreadyApplied: 0, checksumMismatches: [] });

    const rows = await migrationRows(db!);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count, r.rolled_back_at])).toEqual(expected.map((m) => [m.name, m.checksum, 1, null]));
    for (const row of rows) expect(row.finished_at).toBeInstanceOf(Date);

    // The schema is really there, hand-written parts included.
    const { rows: triggers } = await db!.query<{ tgname: string }>(
      "SELECT tgname FROM pg_trigger WHERE tgname IN ('figures_search_vector', 'comparisons_search_vector', 'comparison_sections_search', 'facts_search', 'figures_rename_search') ORDER BY tgname",
    );
    expect(triggers.map((t) => t.tgname)).toEqual(['comparison_sections_search', 'comparisons_search_vector', 'facts_search', 'figures_rename_search', 'figures_search_vector']);
    const { rows: checks } = await db!.query<{ conname: string }>("SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname");
    expect(checks.map((c) => c.conname)).toEqual(
      expect.arrayContaining(['comparisons_distinct_figures', 'comparisons_pair_key_matches', 'figures_photo_alt_required', 'reports_side_needs_row', 'reports_single_target']),
    );

    // Deployed again: nothing to do. Then a migration is added, then edited after it ran.
    const dir = await tempDir();
    await cp(MIGRATIONS, dir, { recursive: true });
    const before = await migrationRows(db!);

    expect(await deployMigrations(db!, dir)).toEqual({ applied: [], alreadyApplied: expected.length, checksumMismatches: [] });
    expect(await migrationRows(db!)).toEqual(before);

    await writeMigration(dir, '29990101000000_add_probe', 'CREATE TABLE "deploy_probe" ("id" INTEGER PRIMARY KEY);');
    expect(await deployMigrations(db!, dir)).toEqual({ applied: ['29990101000000_add_probe'], alreadyApplied: expected.length, checksumMismatches: [] });
    expect((await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM "deploy_probe"')).rows).toEqual([{ n: 0 }]);

    await writeFile(path.join(dir, '29990101000000_add_probe', 'migration.sql'), 'CREATE TABLE "deploy_probe" ("id" BIGINT PRIMARY KEY);');
    expect(await deployMigrations(db!, dir)).toEqual({ applied: [], alreadyApplied: expected.length + 1, checksumMismatches: ['29990101000000_add_probe'] });
  });

  it('rolls a failing migration back completely, records why, stops there, and retries it once fixed', async () => {
    const [db] = await emptyDatabase();
    const dir = await tempDir();
    await writeMigration(dir, '20000101000000_good', 'CREATE TABLE "probe_good" ("id" INTEGER);');
    await writeMigration(dir, '20000102000000_bad', 'CREATE TABLE "probe_half" ("id" INTEGER);\nINSERT INTO "no_such_table" VALUES (1);');
    await writeMigration(dir, '20000103000000_later', 'CREATE TABLE "probe_later" ("id" INTEGER);');

    await expect(deployMigrations(db!, dir)).rejects.toThrow(/20000102000000_bad failed and was rolled back/);

    const rows = await migrationRows(db!);
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null, r.rolled_back_at !== null])).toEqual([
      ['20000101000000_good', true, false],
      ['20000102000000_bad', false, true],
    ]);
    expect(rows[1]?.logs).toMatch(/no_such_table/);
    const { rows: tables } = await db!.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'probe_%' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(['probe_good']);
    // The connection is usable again: nothing is left in an aborted transaction.
    expect((await db!.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);

    // Once the migration is fixed, the next deploy applies it and what follows.
    await writeFile(path.join(dir, '20000102000000_bad', 'migration.sql'), 'CREATE TABLE "probe_half" ("id" INTEGER);');
    expect(await deployMigrations(db!, dir)).toEqual({ applied: ['20000102000000_bad', '20000103000000_later'], alreadyApplied: 1, checksumMismatches: [] });
  });

  it.runIf(isPostgres)('applies each migration exactly once when several instances deploy at the same time (PostgreSQL)', async () => {
    const runners = await emptyDatabase(3);
    const dir = await tempDir();
    await cp(MIGRATIONS, dir, { recursive: true });
    await writeMigration(dir, '29990101000000_probe', 'CREATE TABLE "deploy_log" ("name" TEXT NOT NULL);\nINSERT INTO "deploy_log" VALUES (\'probe\');');
    await writeMigration(dir, '29990102000000_probe_again', 'INSERT INTO "deploy_log" VALUES (\'probe again\');');
    const expected = await migrationsOnDisk(dir);

    const results = await Promise.all(runners.map((db) => deployMigrations(db, dir)));

    expect(results.flatMap((r) => r.applied).sort()).toEqual(expected.map((m) => m.name));
    expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
    const rows = await migrationRows(runners[0]!);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(expected.map((m) => [m.name, m.checksum, 1]));
    expect((await runners[1]!.query<{ name: string }>('SELECT name FROM "deploy_log" ORDER BY name')).rows).toEqual([{ name: 'probe' }, { name: 'probe again' }]);
    // Every instance released the lock: another deploy gets it at once.
    const { rows: locks } = await runners[2]!.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'");
    expect(locks).toEqual([{ n: 0 }]);
  });
});
