import 'server-only';
import type { Actor } from '../auth/actor';
import { generatePassword, hashPassword } from '../auth/password';
import { assertCan } from '../auth/permissions';
import { AppError } from '../errors';
import { recordAuditEvent } from './audit';
import { db } from './client';
import { Prisma, type Role } from './generated/client';
import { endAllSessions, SESSION_IDLE_SECONDS } from './sessions';
import { normalizeEmail } from './users';

// Admins managing other people's accounts (/admin/users). Every function checks
// 'users:manage' first and records its audit event in the same transaction as the change.

/** Serializes changes that could take away the last active admin (two admins demoting each other at once). */
const ADMIN_CHANGE_LOCK = 7_265_002;

export const USERS_PAGE_SIZE = 50;

export type UserListItem = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
};

export type UserDetail = UserListItem & { createdAt: Date; activeSessions: number };

const listItemSelect = { id: true, email: true, name: true, role: true, disabled: true, mustChangePassword: true, lastLoginAt: true } as const;

type Tx = Prisma.TransactionClient;

export async function listUsers({ actor, page = 1 }: { actor: Actor; page?: number }): Promise<{ users: UserListItem[]; total: number; pageSize: number }> {
  assertCan(actor, 'users:manage');
  const [users, total] = await Promise.all([
    db.user.findMany({
      select: listItemSelect,
      // Active accounts first, then by name; the id keeps pages stable when names repeat.
      orderBy: [{ disabled: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      skip: (Math.max(1, page) - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
    db.user.count(),
  ]);
  return { users, total, pageSize: USERS_PAGE_SIZE };
}

export async function getUser({ actor, id }: { actor: Actor; id: number }): Promise<UserDetail | null> {
  assertCan(actor, 'users:manage');
  // Live sessions only: not ended, and used within the idle limit (ended ones are kept a day: lib/db/sessions.ts).
  const live = { endedAt: null, lastSeenAt: { gte: new Date(Date.now() - SESSION_IDLE_SECONDS * 1000) } };
  const user = await db.user.findUnique({ where: { id }, select: { ...listItemSelect, createdAt: true, _count: { select: { sessions: { where: live } } } } });
  if (!user) return null;
  const { _count, ...rest } = user;
  return { ...rest, activeSessions: _count.sessions };
}

/**
 * Creates an account with a generated temporary password, which it returns once: only its
 * hash is stored. The new user must choose their own password at first sign-in.
 */
export async function createUser({ actor, email, name, role }: { actor: Actor; email: string; name: string; role: Role }) {
  assertCan(actor, 'users:manage');
  const normalized = normalizeEmail(email);
  const taken = () => new AppError('CONFLICT', `There is already an account for ${normalized}.`, { fieldErrors: { email: [`There is already an account for ${normalized}.`] } });
  if (await db.user.findUnique({ where: { email: normalized }, select: { id: true } })) throw taken();
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: normalized, name, role, passwordHash, mustChangePassword: true }, select: listItemSelect });
      await recordAuditEvent({ actor, action: 'user.created', targetType: 'user', targetId: created.id, ip: actor.ip, details: { email: normalized, name, role } }, tx);
      return created;
    });
    return { user, temporaryPassword };
  } catch (error) {
    // Someone created the same email between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw taken();
    throw error;
  }
}

type Target = { id: number; email: string; name: string; role: Role; disabled: boolean };

/** Locks admin changes for this transaction and reads the target user. */
async function lockTarget(tx: Tx, id: number): Promise<Target> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK})`;
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
  if (!user) throw new AppError('NOT_FOUND', 'That account does not exist (any more).');
  return user;
}

/** Refuses a change that would leave no enabled admin: someone must be able to manage accounts. */
async function assertAnotherActiveAdmin(tx: Tx, target: Target, actor: Actor): Promise<void> {
  if (target.role !== 'ADMIN' || target.disabled) return;
  const others = await tx.user.count({ where: { role: 'ADMIN', disabled: false, id: { not: target.id } } });
  if (others > 0) return;
  const who = target.id === actor.id ? 'You are' : `${target.name} is`;
  throw new AppError('CONFLICT', `${who} the last active admin; without one, nobody could manage accounts. Make someone else an admin first.`);
}

export async function changeUserRole({ actor, id, role }: { actor: Actor; id: number; role: Role }): Promise<UserListItem> {
  assertCan(actor, 'users:manage');
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, id);
    if (target.role === role) throw new AppError('CONFLICT', `${target.name} is already ${role === 'ADMIN' ? 'an admin' : 'an editor'}.`);
    if (role !== 'ADMIN') await assertAnotherActiveAdmin(tx, target, actor);
    const user = await tx.user.update({ where: { id }, data: { role }, select: listItemSelect });
    await recordAuditEvent({ actor, action: 'user.role.changed', targetType: 'user', targetId: id, ip: actor.ip, details: { email: target.email, from: target.role, to: role } }, tx);
    return user;
  });
}

/**
 * Disables an account and ends all its sessions at once: the session version moves on and the
 * session rows go, so the user's next request, on any app instance, is refused.
 */
export async function disableUser({ actor, id }: { actor: Actor; id: number }): Promise<UserListItem> {
  assertCan(actor, 'users:manage');
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, id);
    if (target.disabled) throw new AppError('CONFLICT', `${target.name} is already disabled.`);
    await assertAnotherActiveAdmin(tx, target, actor);
    const user = await tx.user.update({ where: { id }, data: { disabled: true, sessionVersion: { increment: 1 } }, select: listItemSelect });
    await endAllSessions({ userId: id }, tx);
    await recordAuditEvent({ actor, action: 'user.disabled', targetType: 'user', targetId: id, ip: actor.ip, details: { email: target.email } }, tx);
    return user;
  });
}

export async function enableUser({ actor, id }: { actor: Actor; id: number }): Promise<UserListItem> {
  assertCan(actor, 'users:manage');
  return db.$transaction(async (tx) => {
    const target = await lockTarget(tx, id);
    if (!target.disabled) throw new AppError('CONFLICT', `${target.name} is already enabled.`);
    const user = await tx.user.update({ where: { id }, data: { disabled: false }, select: listItemSelect });
    await recordAuditEvent({ actor, action: 'user.enabled', targetType: 'user', targetId: id, ip: actor.ip, details: { email: target.email } }, tx);
    return user;
  });
}

/**
 * Gives the account a new temporary password (returned once, to show to the admin), which
 * must be changed at the next sign-in, and ends all its sessions.
 */
export async function resetUserPassword({ actor, id }: { actor: Actor; id: number }): Promise<{ user: UserListItem; temporaryPassword: string }> {
  assertCan(actor, 'users:manage');
  if (id === actor.id) throw new AppError('CONFLICT', 'To change your own password, use “Your account”: it asks for your current one.');
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db.$transaction(async (tx) => {
    const target = await lockTarget(tx, id);
    const updated = await tx.user.update({ where: { id }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } }, select: listItemSelect });
    await endAllSessions({ userId: id }, tx);
    await recordAuditEvent({ actor, action: 'user.password.reset', targetType: 'user', targetId: id, ip: actor.ip, details: { email: target.email } }, tx);
    return updated;
  });
  return { user, temporaryPassword };
}
