// "Signed in as" for integration tests: server actions and pages read the session through
// `currentSessionUser()` and the request through `headers()`/`cookies()`. In the integration project those
// modules are replaced by tests/support/doubles/* (see vitest.config.ts), which read the
// request set up here. Sessions are real: a user row and a server-side session row
// (createSession), checked with getLiveSession on every currentSessionUser() call, so disabling a user or
// changing a password ends the session exactly as in the app.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/auth/permissions';
import { db } from '../../lib/db/client';
import { createSession } from '../../lib/db/sessions';

/** Every user made here has this password (hashed once per test file: argon2 is slow on purpose). */
export const TEST_PASSWORD = 'integration test passphrase, not a real one';
let passwordHash: Promise<string> | undefined;

export type TestRequest = {
  ip: string;
  /** The signed-in session (null: anonymous, or signed out during the request). */
  session: { id: string; version: number } | null;
  cookies: Map<string, string>;
};

export type TestUser = { id: number; email: string; name: string; role: Role; password: string };

const storage = new AsyncLocalStorage<TestRequest>();

/** The request the code under test is running in; the doubles call this. */
export function currentRequest(): TestRequest {
  const request = storage.getStore();
  if (!request) throw new Error('No request: call server actions and pages inside asRole(...), asUser(...) or asAnonymous(...).');
  return request;
}

function testIp(): string {
  // Unique per request, so login rate limits of one test never reach another.
  return `192.0.2.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
}

/** A new account with the role, and TEST_PASSWORD. */
export async function createTestUser(role: Role, overrides: { name?: string; email?: string; mustChangePassword?: boolean; disabled?: boolean } = {}): Promise<TestUser> {
  const email = overrides.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: overrides.name ?? `Test ${role === 'ADMIN' ? 'Admin' : 'Editor'} ${email.slice(0, 14)}`,
      role,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      mustChangePassword: overrides.mustChangePassword ?? false,
      disabled: overrides.disabled ?? false,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: TEST_PASSWORD };
}

/** Signs `user` in (a new server-side session) and runs `work` as them. */
export async function asUser<T>(user: TestUser, work: () => Promise<T>): Promise<T> {
  const ip = testIp();
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const id = await createSession({ userId: user.id, ip, userAgent: 'vitest' });
  return storage.run({ ip, session: { id, version: sessionVersion }, cookies: new Map() }, work);
}

/** Runs `work` signed in as a new user with this role, or anonymously for null. */
export async function asRole<T>(role: Role | null, work: (user: TestUser | null) => Promise<T>): Promise<T> {
  if (!role) return asAnonymous(() => work(null));
  const user = await createTestUser(role);
  return asUser(user, () => work(user));
}

export function asAnonymous<T>(work: () => Promise<T>): Promise<T> {
  return storage.run({ ip: testIp(), session: null, cookies: new Map() }, work);
}

/**
 * Signs `user` in and returns a function that runs work in that same browser session, as
 * several clicks of one signed-in person would (their session may end in between).
 */
export async function signInAs(user: TestUser): Promise<<T>(work: () => Promise<T>) => Promise<T>> {
  const ip = testIp();
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const request: TestRequest = { ip, session: { id: await createSession({ userId: user.id, ip, userAgent: 'vitest' }), version: sessionVersion }, cookies: new Map() };
  return (work) => storage.run(request, work);
}
