import 'server-only';
import type { Actor } from '../auth/actor';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { AppError } from '../errors';
import { recordAuditEvent } from './audit';
import { db } from './client';
import { endAllSessions } from './sessions';
import type { Role } from './generated/client';

const FIRST_ADMIN_LOCK = 7_265_001;

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
  mustChangePassword: boolean;
  disabled: boolean;
};

const sessionUserSelect = { id: true, email: true, name: true, role: true, sessionVersion: true, mustChangePassword: true, disabled: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account behind a login attempt, with its password hash (used only by lib/auth/login.ts). */
export async function getUserForLogin({ email }: { email: string }) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { ...sessionUserSelect, passwordHash: true } });
}

/** The current state of a signed-in user: checked on every authenticated request. */
export async function getSessionUser({ id }: { id: number }): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export async function recordSuccessfulLogin({ id }: { id: number }): Promise<void> {
  await db.user.update({ where: { id }, data: { lastLoginAt: new Date() } });
}

/**
 * Creates the first admin account on an empty installation. Does nothing once any user
 * exists, so it is safe on every start. Returns the password only when it generated one.
 */
export async function createFirstAdmin({
  email,
  name,
  password,
}: {
  email: string;
  name: string;
  password?: string;
}): Promise<{ created: false } | { created: true; email: string; generatedPassword?: string }> {
  if ((await db.user.count()) > 0) return { created: false };
  const chosen = password ?? generatePassword();
  const passwordHash = await hashPassword(chosen);
  // Several instances may start at once on an empty database: the lock makes exactly one create.
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
    if ((await tx.user.count()) > 0) return false;
    await tx.user.create({
      data: { email: normalizeEmail(email), name, role: 'ADMIN', passwordHash, mustChangePassword: !password },
    });
    return true;
  });
  if (!created) return { created: false };
  return { created: true, email, generatedPassword: password ? undefined : chosen };
}

// ---------------------------------------------------------------------------
// The signed-in user's own account

/**
 * Changes the actor's own password after checking the current one. Bumps the session version,
 * so every other session of this user ends at its next request.
 */
export async function changeOwnPassword({ actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('VALIDATION', 'Your current password is not correct.', { fieldErrors: { currentPassword: ['Your current password is not correct.'] } });
  }
  const problem = passwordProblem(newPassword, [user.email, user.name]);
  if (problem) throw new AppError('VALIDATION', problem, { fieldErrors: { newPassword: [problem] } });
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await endAllSessions({ userId: user.id }, tx);
    await recordAuditEvent({ actor, action: 'user.password.changed', targetType: 'user', targetId: user.id, ip: actor.ip }, tx);
  });
}

/** Ends every session of the actor, this one included. */
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await endAllSessions({ userId: actor.id }, tx);
    await recordAuditEvent({ actor, action: 'user.sessions.revoked', targetType: 'user', targetId: actor.id, ip: actor.ip }, tx);
  });
}

// ---------------------------------------------------------------------------
// Operators' command line (scripts/user-create.ts): runs with direct database access.

export async function createUserFromCommandLine({ email, name, role, password }: { email: string; name: string; role: Role; password: string }) {
  const normalized = normalizeEmail(email);
  const problem = passwordProblem(password, [normalized, name]);
  if (problem) throw new AppError('VALIDATION', problem);
  if (await db.user.findUnique({ where: { email: normalized }, select: { id: true } })) {
    throw new AppError('CONFLICT', `There is already an account for ${normalized}.`);
  }
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: normalized, name, role, passwordHash }, select: { id: true, email: true, role: true } });
    await recordAuditEvent({ actor: null, action: 'user.created', targetType: 'user', targetId: user.id, details: { email: normalized, role, via: 'command line' } }, tx);
    return user;
  });
}
