// A database of a test file's own, for behaviour that depends on what is (not) in the whole
// database: first-admin creation, seeding, migrations. Same kind as the run's database.
import { inject } from 'vitest';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from './database';

/** The run's PostgreSQL server, or null for a new embedded database. */
function serverUrl(): string | null {
  return inject('databaseKind') === 'postgres' ? inject('databaseUrl') : null;
}

export function createFreshDatabase(label: string, { migrated = true }: { migrated?: boolean } = {}): Promise<TestDatabase> {
  return migrated ? createTestDatabase(label, serverUrl()) : createEmptyDatabase(label, serverUrl());
}

/**
 * Points lib/db at a new, migrated database for the rest of this test file. Call it before
 * anything in the file imports lib/db (import those modules dynamically afterwards):
 * lib/env reads DATABASE_URL once, and the client is created on first use.
 */
export async function connectToFreshDatabase(label: string): Promise<TestDatabase> {
  const holder = (globalThis as { __contrastDb?: { client?: unknown } }).__contrastDb;
  if (holder?.client) throw new Error('lib/db is already connected in this test file; call connectToFreshDatabase before using it.');
  const database = await createFreshDatabase(label);
  process.env.DATABASE_URL = database.url;
  return database;
}
