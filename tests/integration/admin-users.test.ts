// Admins managing accounts, through the server actions a browser would call. "The last active
// admin" is a fact about the whole database, so this file has a database of its own (see
// connectToFreshDatabase): nothing else creates or disables admins in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import { connectToFreshDatabase } from '../support/fresh-database';
import { form } from './authorization/types';

let database: TestDatabase;
let m: Awaited<ReturnType<typeof load>>;

// lib/db reads DATABASE_URL when first imported, so everything that touches it loads after the switch.
async function load() {
  const [client, sessions, management, login, password, actions, signedIn] = await Promise.all([
    import('@/lib/db/client'),
    import('@/lib/db/sessions'),
    import('@/lib/db/user-management'),
    import('@/lib/auth/login'),
    import('@/lib/auth/password'),
    import('@/lib/actions/users'),
    import('../support/signed-in'),
  ]);
  return { ...client, ...sessions, ...management, ...login, ...password, ...actions, ...signedIn };
}

beforeAll(async () => {
  database = await connectToFreshDatabase('admin_users');
  m = await load();
}, 60_000);

afterAll(async () => {
  await m?.disconnectDb();
  await database?.drop();
});

const initial = { ok: false };

/** What a server action did: its result, or where it redirected. */
async function outcome(call: Promise<unknown>): Promise<{ result?: Record<string, unknown>; redirect?: string }> {
  try {
    return { result: (await call) as Record<string, unknown> };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    const match = typeof digest === 'string' ? /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest) : null;
    if (match) return { redirect: match[1] };
    throw error;
  }
}

const ip = () => `198.51.100.7-${Math.random().toString(36).slice(2, 8)}`;

async function auditEvents(targetId: number, action: string) {
  return m.db.auditEvent.findMany({ where: { targetType: 'user', targetId: String(targetId), action }, orderBy: { id: 'asc' } });
}

async function liveSession(session: { id: string; version: number }) {
  return m.getLiveSession({ id: session.id, sessionVersion: session.version, idleSeconds: 3600 });
}

async function signedInSessions(user: { id: number }, count: number) {
  const { sessionVersion } = await m.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  return Promise.all(Array.from({ length: count }, async () => ({ id: await m.createSession({ userId: user.id, ip: null, userAgent: 'test' }), version: sessionVersion })));
}

describe('creating an account', () => {
  it('generates a temporary password, shown once, that must be changed at first sign-in', async () => {
    const admin = await m.createTestUser('ADMIN');
    const email = `New.Person-${Date.now()}@Example.TEST`;
    const result = (await m.asUser(admin, () => m.createUserAction(initial, form({ email: `  ${email} `, name: ' New Person ', role: 'EDITOR' })))) as Awaited<ReturnType<typeof m.createUserAction>>;

    expect(result).toMatchObject({ ok: true, temporaryPassword: { email: email.toLowerCase(), name: 'New Person' } });
    const temporary = result.temporaryPassword!.password;
    expect(temporary).toMatch(/^\S{16,}$/);
    const user = await m.db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user).toMatchObject({ name: 'New Person', role: 'EDITOR', mustChangePassword: true, disabled: false });
    expect(user.passwordHash).not.toContain(temporary);
    expect(await m.verifyPassword(user.passwordHash, temporary)).toBe(true);

    const login = await m.attemptLogin({ email, password: temporary, ip: ip() });
    expect(login).toMatchObject({ ok: true, user: { id: user.id, mustChangePassword: true } });

    const [created] = await auditEvents(user.id, 'user.created');
    expect(created).toMatchObject({ actorId: admin.id, actorEmail: admin.email, details: { email: email.toLowerCase(), name: 'New Person', role: 'EDITOR' } });
    expect(created!.ip).toMatch(/^192\.0\.2\./);
  });

  it('refuses an email that already has an account and keeps what was typed', async () => {
    const admin = await m.createTestUser('ADMIN');
    const existing = await m.createTestUser('EDITOR');
    const result = await m.asUser(admin, () => m.createUserAction(initial, form({ email: existing.email.toUpperCase(), name: 'Someone Else', role: 'ADMIN' })));
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { email: [`There is already an account for ${existing.email}.`] }, values: { name: 'Someone Else', role: 'ADMIN' } });
  });

  it('validates the form with the shared schema', async () => {
    const admin = await m.createTestUser('ADMIN');
    const result = await m.asUser(admin, () => m.createUserAction(initial, form({ email: 'not an email', name: '   ', role: 'OWNER' })));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', values: { email: 'not an email', role: 'OWNER' } });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'role']);
  });
});

describe('changing roles', () => {
  it('promotes and demotes, and audits both', async () => {
    const admin = await m.createTestUser('ADMIN');
    const editor = await m.createTestUser('EDITOR');
    expect(await outcome(m.asUser(admin, () => m.changeUserRoleAction(initial, form({ id: editor.id, role: 'ADMIN' }))))).toEqual({ redirect: `/admin/users/${editor.id}?saved=role` });
    expect((await m.db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('ADMIN');
    expect(await outcome(m.asUser(admin, () => m.changeUserRoleAction(initial, form({ id: editor.id, role: 'EDITOR' }))))).toEqual({ redirect: `/admin/users/${editor.id}?saved=role` });
    expect((await m.db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('EDITOR');

    const events = await auditEvents(editor.id, 'user.role.changed');
    expect(events.map((e) => e.details)).toEqual([
      { email: editor.email, from: 'EDITOR', to: 'ADMIN' },
      { email: editor.email, from: 'ADMIN', to: 'EDITOR' },
    ]);
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
  });

  it('takes effect at the demoted admin’s next request', async () => {
    const admin = await m.createTestUser('ADMIN');
    const other = await m.createTestUser('ADMIN');
    const asOther = await m.signInAs(other);
    expect(await asOther(() => m.createUserAction(initial, form({ email: 'nobody-yet', name: 'X', role: 'EDITOR' })))).toMatchObject({ code: 'VALIDATION' });
    await m.asUser(admin, () => outcome(m.changeUserRoleAction(initial, form({ id: other.id, role: 'EDITOR' }))));
    expect(await asOther(() => m.createUserAction(initial, form({ email: 'nobody-yet', name: 'X', role: 'EDITOR' })))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('disabling an account', () => {
  it('ends every session at once, refuses sign-in, and enabling lets the user back in', async () => {
    const admin = await m.createTestUser('ADMIN');
    const editor = await m.createTestUser('EDITOR');
    const sessions = await signedInSessions(editor, 2);
    const asEditor = await m.signInAs(editor);
    for (const session of sessions) expect(await liveSession(session)).not.toBeNull();

    expect(await outcome(m.asUser(admin, () => m.disableUserAction(initial, form({ id: editor.id }))))).toEqual({ redirect: `/admin/users/${editor.id}?saved=disabled` });

    for (const session of sessions) expect(await liveSession(session)).toBeNull();
    // Ended, and kept a day so a form the editor sends from an open page still names them (lib/db/sessions.ts).
    expect(await m.db.session.count({ where: { userId: editor.id, endedAt: null } })).toBe(0);
    // The editor's next click: no session any more.
    const { getActor } = await import('@/lib/auth/session');
    expect(await asEditor(() => getActor())).toBeNull();
    expect(await m.attemptLogin({ email: editor.email, password: editor.password, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await auditEvents(editor.id, 'user.disabled')).toMatchObject([{ actorId: admin.id, details: { email: editor.email } }]);

    expect(await m.asUser(admin, () => m.disableUserAction(initial, form({ id: editor.id })))).toMatchObject({ ok: false, code: 'CONFLICT' });

    expect(await outcome(m.asUser(admin, () => m.enableUserAction(initial, form({ id: editor.id }))))).toEqual({ redirect: `/admin/users/${editor.id}?saved=enabled` });
    expect(await auditEvents(editor.id, 'user.enabled')).toHaveLength(1);
    expect(await m.attemptLogin({ email: editor.email, password: editor.password, ip: ip() })).toMatchObject({ ok: true });
    // Old sessions stay ended: enabling does not bring them back.
    for (const session of sessions) expect(await liveSession(session)).toBeNull();
  });

  it('answers "not found" for an account that does not exist', async () => {
    const admin = await m.createTestUser('ADMIN');
    expect(await m.asUser(admin, () => m.disableUserAction(initial, form({ id: 2_000_000_000 })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('resetting a password', () => {
  it('gives a new temporary password, requires a change at sign-in and ends every session', async () => {
    const admin = await m.createTestUser('ADMIN');
    const editor = await m.createTestUser('EDITOR');
    const [session] = await signedInSessions(editor, 1);

    const result = (await m.asUser(admin, () => m.resetUserPasswordAction(initial, form({ id: editor.id })))) as Awaited<ReturnType<typeof m.resetUserPasswordAction>>;
    expect(result).toMatchObject({ ok: true, temporaryPassword: { userId: editor.id, email: editor.email } });

    expect(await liveSession(session!)).toBeNull();
    const user = await m.db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(user.mustChangePassword).toBe(true);
    expect(await m.attemptLogin({ email: editor.email, password: editor.password, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await m.attemptLogin({ email: editor.email, password: result.temporaryPassword!.password, ip: ip() })).toMatchObject({ ok: true, user: { mustChangePassword: true } });
    expect(await auditEvents(editor.id, 'user.password.reset')).toMatchObject([{ actorId: admin.id }]);
    // The audit log never holds the password.
    const [reset] = await auditEvents(editor.id, 'user.password.reset');
    expect(JSON.stringify(reset!.details)).not.toContain(result.temporaryPassword!.password);
  });

  it('sends admins to their account page for their own password', async () => {
    const admin = await m.createTestUser('ADMIN');
    expect(await m.asUser(admin, () => m.resetUserPasswordAction(initial, form({ id: admin.id })))).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('Your account') });
  });
});

describe('the last active admin', () => {
  /** Leaves `keep` as the only enabled admins of this file's database. */
  async function onlyActiveAdmins(...keep: { id: number }[]) {
    await m.db.user.updateMany({ where: { role: 'ADMIN', id: { notIn: keep.map((k) => k.id) } }, data: { disabled: true } });
  }

  it('cannot be demoted or disabled, not even by themselves', async () => {
    const admin = await m.createTestUser('ADMIN');
    await m.createTestUser('ADMIN', { disabled: true }); // a disabled admin does not count
    await onlyActiveAdmins(admin);

    for (const call of [() => m.changeUserRoleAction(initial, form({ id: admin.id, role: 'EDITOR' })), () => m.disableUserAction(initial, form({ id: admin.id }))]) {
      expect(await m.asUser(admin, call)).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/^You are the last active admin/) });
    }
    expect(await m.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'ADMIN', disabled: false });
    expect(await auditEvents(admin.id, 'user.role.changed')).toEqual([]);
    expect(await auditEvents(admin.id, 'user.disabled')).toEqual([]);
  });

  it('can step down once there is another active admin', async () => {
    const admin = await m.createTestUser('ADMIN');
    const successor = await m.createTestUser('ADMIN');
    await onlyActiveAdmins(admin, successor);
    expect(await outcome(m.asUser(admin, () => m.changeUserRoleAction(initial, form({ id: admin.id, role: 'EDITOR' }))))).toEqual({ redirect: `/admin/users/${admin.id}?saved=role` });
    expect(await m.asUser(successor, () => m.disableUserAction(initial, form({ id: successor.id })))).toMatchObject({ code: 'CONFLICT' });
  });

  it('survives two admins demoting each other at the same moment: exactly one succeeds', async () => {
    const a = await m.createTestUser('ADMIN');
    const b = await m.createTestUser('ADMIN');
    await onlyActiveAdmins(a, b);
    const actor = (u: typeof a) => ({ ...u, mustChangePassword: false, ip: null });
    const results = await Promise.allSettled([m.changeUserRole({ actor: actor(a), id: b.id, role: 'EDITOR' }), m.disableUser({ actor: actor(b), id: a.id })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT' });
    expect(await m.db.user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1);
  });
});

describe('editors and anonymous visitors', () => {
  it('are refused every user-management action, and nothing changes', async () => {
    const target = await m.createTestUser('EDITOR');
    const calls = [
      () => m.createUserAction(initial, form({ email: `refused-${target.id}@example.test`, name: 'Refused', role: 'ADMIN' })),
      () => m.changeUserRoleAction(initial, form({ id: target.id, role: 'ADMIN' })),
      () => m.disableUserAction(initial, form({ id: target.id })),
      () => m.enableUserAction(initial, form({ id: target.id })),
      () => m.resetUserPasswordAction(initial, form({ id: target.id })),
    ];
    for (const call of calls) {
      expect(await m.asRole('EDITOR', call)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await m.asAnonymous(call)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    }
    expect(await m.db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: 'EDITOR', disabled: false, mustChangePassword: false });
    expect(await m.db.user.count({ where: { email: `refused-${target.id}@example.test` } })).toBe(0);
    expect(await m.db.auditEvent.count({ where: { targetType: 'user', targetId: String(target.id) } })).toBe(0);
  });

  it('cannot read accounts or the audit log through lib/db either', async () => {
    const editor = await m.createTestUser('EDITOR');
    const actor = { ...editor, mustChangePassword: false, ip: null };
    const { listAuditEvents } = await import('@/lib/db/audit');
    await expect(m.listUsers({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(m.getUser({ actor, id: editor.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditEvents({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
