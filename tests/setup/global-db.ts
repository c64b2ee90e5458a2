import type { TestProject } from 'vitest/node';
import { createTestDatabase } from '../support/database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'postgres' | 'embedded';
  }
}

// One fresh, migrated database per test run; every test makes its own data in it.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('vitest');
  project.provide('databaseUrl', database.url);
  project.provide('databaseKind', database.kind);
  return () => database.drop();
}
