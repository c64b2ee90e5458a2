import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from './client';
import { KEPT_FORM_HOURS } from './kept-forms';
import type { SessionUser } from './users';

// Server-side sessions. The cookie carries a random id; the database keeps only its hash, so a
// leaked table cannot be replayed as cookies.

/** Sessions end after this long without a request: enforced here, on the server (sessions.last_seen_at). */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;

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

type SessionCheck = { id: string; sessionVersion: number; idleSeconds: number; now?: number };

/**
 * The user of a live session, or null when the session was ended, has been idle longer than
 * `idleSeconds`, or its user was disabled or changed password (session version).
 */
export async function getLiveSession(check: SessionCheck): Promise<SessionUser | null> {
  return (await checkSession(check)).user;
}

/**
 * getLiveSession, and whose session it was when it is no longer live but its row is there
 * (`ownerId`): what lets an editor whose session ended get back what they were typing
 * (lib/kept-forms.ts). An ended session's row stays KEPT_FORM_HOURS, as long as a kept form
 * (deleteStaleSessions below), so a form sent from another browser after "sign out everywhere", a
 * new password or an idle spell still names its editor.
 */
export async function checkSession({ id, sessionVersion, idleSeconds, now = Date.now() }: SessionCheck): Promise<{ user: SessionUser | null; ownerId: number | null }> {
  const row = await db.session.findUnique({
    where: { id: hashId(id) },
    select: {
      id: true,
      lastSeenAt: true,
      endedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, sessionVersion: true, mustChangePassword: true, disabled: true } },
    },
  });
  if (!row) return { user: null, ownerId: null };
  const ended = { user: null, ownerId: row.user.id };
  if (row.endedAt || row.user.disabled || row.user.sessionVersion !== sessionVersion) return ended;
  if (now - row.lastSeenAt.getTime() > idleSeconds * 1000) {
    await db.session.updateMany({ where: { id: row.id, endedAt: null }, data: { endedAt: new Date(now) } });
    return ended;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { user: row.user, ownerId: row.user.id };
}

/** Signing out in this browser, whose cookie goes with it: nothing is left to name the editor by. */
export async function endSession({ id }: { id: string }): Promise<void> {
  await db.session.deleteMany({ where: { id: hashId(id) } });
}

/** Used when a password changes, an account is disabled, or on "sign out everywhere". */
export async function endAllSessions({ userId }: { userId: number }, tx: Pick<typeof db, 'session'> = db): Promise<void> {
  await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * Deletes the rows no form can need any more: sessions ended more than KEPT_FORM_HOURS ago, and
 * sessions idle for SESSION_IDLE_SECONDS and KEPT_FORM_HOURS more (idle ones are marked ended
 * only when their cookie comes back). Returns how many.
 */
export async function deleteStaleSessions({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const kept = KEPT_FORM_HOURS * 60 * 60 * 1000;
  const { count } = await db.session.deleteMany({
    where: { OR: [{ endedAt: { lt: new Date(now - kept) } }, { lastSeenAt: { lt: new Date(now - SESSION_IDLE_SECONDS * 1000 - kept) } }] },
  });
  return count;
}
