import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from './client';
import type { SessionUser } from './users';

// Server-side sessions. The cookie carries a random id; the database keeps only its hash, so a
// leaked table cannot be replayed as cookies.

/** Touching last_seen_at more often than this would write on every request. */
const TOUCH_EVERY_MS = 60_000;

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export async function createSession({ userId, ip, userAgent }: { userId: number; ip: string | null; userAgent: string | null }): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.session.create({ data: { id: hashId(id), userId, ip, userAgent: userAgent?.slice(0, 300) ?? null } });
  return id;
}

/**
 * The user of a live session, or null when the session was ended, has been idle longer than
 * `idleSeconds`, or its user was disabled or changed password (session version).
 */
export async function getLiveSession({ id, sessionVersion, idleSeconds, now = Date.now() }: { id: string; sessionVersion: number; idleSeconds: number; now?: number }): Promise<SessionUser | null> {
  const row = await db.session.findUnique({
    where: { id: hashId(id) },
    select: {
      id: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, sessionVersion: true, mustChangePassword: true, disabled: true } },
    },
  });
  if (!row || row.user.disabled || row.user.sessionVersion !== sessionVersion) return null;
  if (now - row.lastSeenAt.getTime() > idleSeconds * 1000) {
    await db.session.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return row.user;
}

export async function endSession({ id }: { id: string }): Promise<void> {
  await db.session.deleteMany({ where: { id: hashId(id) } });
}

/** Used when a password changes, an account is disabled, or on "sign out everywhere". */
export async function endAllSessions({ userId }: { userId: number }, tx: Pick<typeof db, 'session'> = db): Promise<void> {
  await tx.session.deleteMany({ where: { userId } });
}
