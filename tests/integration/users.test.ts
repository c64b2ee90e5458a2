// The first admin is created only on a database with no users at all, so these tests run on
// databases of their own: the shared one has users from other files at any moment.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import type { TestDatabase } from '../support/database';
import { connectToFreshDatabase } from '../support/fresh-database';

const databases: TestDatabase[] = [];

/** lib/db, connected to a new empty (migrated) database. */
async function freshLibDb() {
  databases.push(await connectToFreshDatabase('users'));
  const [client, users] = await Promise.all([import('@/lib/db/client'), import('@/lib/db/users')]);
  return { db: client.getDb(), createFirstAdmin: users.createFirstAdmin };
}

beforeEach(async () => {
  // Each test gets its own database: drop the previous connection and module instances.
  const { disconnectDb } = await import('@/lib/db/client');
  await disconnectDb();
  vi.resetModules();
}, 60_000);

afterAll(async () => {
  const { disconnectDb } = await import('@/lib/db/client');
  await disconnectDb();
  for (const database of databases) await database.drop();
});

describe('the first admin', () => {
  it('is created on an empty database, with a generated password that must be changed', async () => {
    const { db, createFirstAdmin } = await freshLibDb();
    expect(await db.user.count()).toBe(0);

    const result = await createFirstAdmin({ email: '  Admin@Example.COM ', name: 'Administrator' });
    expect(result).toMatchObject({ created: true });
    if (!result.created) return;
    expect(result.generatedPassword).toMatch(/^\S{16,}$/);

    const users = await db.user.findMany({ select: { email: true, name: true, role: true, mustChangePassword: true, disabled: true, passwordHash: true } });
    expect(users).toEqual([
      { email: 'admin@example.com', name: 'Administrator', role: 'ADMIN', mustChangePassword: true, disabled: false, passwordHash: expect.stringMatching(/^\$argon2id\$/) },
    ]);
    expect(await verifyPassword(users[0]!.passwordHash, result.generatedPassword!)).toBe(true);
  }, 60_000);

  it('keeps a chosen password as given, and is not created again once a user exists', async () => {
    const { db, createFirstAdmin } = await freshLibDb();
    const result = await createFirstAdmin({ email: 'chosen@example.com', name: 'Chosen', password: 'a long enough password' });
    expect(result).toEqual({ created: true, email: 'chosen@example.com', generatedPassword: undefined });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'chosen@example.com' } });
    expect(user).toMatchObject({ role: 'ADMIN', mustChangePassword: false });
    expect(await verifyPassword(user.passwordHash, 'a long enough password')).toBe(true);

    expect(await createFirstAdmin({ email: 'second@example.com', name: 'Second' })).toEqual({ created: false });
    expect(await createFirstAdmin({ email: 'chosen@example.com', name: 'Chosen again' })).toEqual({ created: false });
    expect(await db.user.findMany({ select: { email: true, name: true } })).toEqual([{ email: 'chosen@example.com', name: 'Chosen' }]);
  }, 60_000);

  it('is created exactly once when several instances start at the same time', async () => {
    const { db, createFirstAdmin } = await freshLibDb();
    const results = await Promise.allSettled([1, 2, 3].map(() => createFirstAdmin({ email: 'admin@example.com', name: 'Administrator' })));

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const created = results.filter((r) => r.status === 'fulfilled' && r.value.created);
    expect(created).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
  }, 60_000);
});
