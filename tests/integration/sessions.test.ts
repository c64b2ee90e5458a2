// Server-side sessions (lib/db/sessions.ts): an ended session's row names its editor for as long as a
// kept form lasts, so what they typed in another browser is not lost; the sweep deletes it after.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { KEPT_FORM_HOURS } from '@/lib/db/kept-forms';
import { checkSession, createSession, deleteStaleSessions, endSession, SESSION_IDLE_SECONDS } from '@/lib/db/sessions';
import { sweep } from '@/lib/db/sweeper';
import { getUser } from '@/lib/db/user-management';
import { signOutEverywhere } from '@/lib/db/users';
import { createTestUser } from '../support/signed-in';

afterAll(() => disconnectDb());

const HOUR = 60 * 60 * 1000;

async function signedIn(role: 'EDITOR' | 'ADMIN' = 'EDITOR') {
  const user = await createTestUser(role);
  const [laptop, phone] = await Promise.all([createSession({ userId: user.id, ip: null, userAgent: 'laptop' }), createSession({ userId: user.id, ip: null, userAgent: 'phone' })]);
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const check = (id: string, now?: number) => checkSession({ id, sessionVersion, idleSeconds: SESSION_IDLE_SECONDS, ...(now ? { now } : {}) });
  return { user, laptop, phone, check };
}

const rowsOf = (userId: number) => db.session.findMany({ where: { userId }, select: { endedAt: true } });

describe('an ended session', () => {
  it('after "sign out everywhere", is live nowhere, yet a form sent from another browser still names its editor', async () => {
    const { user, laptop, phone, check } = await signedIn();
    const admin = { ...(await createTestUser('ADMIN')), mustChangePassword: false, ip: null };
    expect((await check(phone)).user?.id).toBe(user.id);
    expect((await getUser({ actor: admin, id: user.id }))?.activeSessions).toBe(2);

    await signOutEverywhere({ actor: { ...user, mustChangePassword: false, ip: null } });
    // The account page counts live sessions only.
    expect((await getUser({ actor: admin, id: user.id }))?.activeSessions).toBe(0);

    for (const id of [laptop, phone]) expect(await check(id)).toEqual({ user: null, ownerId: user.id });
    expect((await rowsOf(user.id)).every((row) => row.endedAt instanceof Date)).toBe(true);
    // Even a cookie naming the user's new session version cannot bring an ended row back.
    expect((await checkSession({ id: phone, sessionVersion: 999, idleSeconds: SESSION_IDLE_SECONDS })).user).toBeNull();
  });

  it('after an idle spell, is marked ended (not deleted), so every later request still names its editor', async () => {
    const { user, laptop, check } = await signedIn();
    const later = Date.now() + SESSION_IDLE_SECONDS * 1000 + 60_000;
    expect(await check(laptop, later)).toEqual({ user: null, ownerId: user.id });
    expect(await check(laptop, later + 1000)).toEqual({ user: null, ownerId: user.id });
    expect(await check(laptop)).toEqual({ user: null, ownerId: user.id });
  });

  it('signed out in this browser, is gone: its cookie goes with it', async () => {
    const { laptop, check } = await signedIn();
    await endSession({ id: laptop });
    expect(await check(laptop)).toEqual({ user: null, ownerId: null });
  });
});

describe('the sweep', () => {
  it(`deletes sessions ended more than ${KEPT_FORM_HOURS} hours ago, and idle ones as long after their idle time, and keeps the rest`, async () => {
    const { user, laptop, phone, check } = await signedIn();
    const other = await signedIn();
    await db.session.updateMany({ where: { userId: user.id, userAgent: 'laptop' }, data: { endedAt: new Date(Date.now() - KEPT_FORM_HOURS * HOUR + 60_000) } });
    await db.session.updateMany({ where: { userId: user.id, userAgent: 'phone' }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_SECONDS * 1000 - KEPT_FORM_HOURS * HOUR + 60_000) } });

    // Not yet: both could still be needed by a kept form.
    await deleteStaleSessions();
    expect(await rowsOf(user.id)).toHaveLength(2);
    expect((await check(laptop)).ownerId).toBe(user.id);

    // A minute past their time, the sweep (what every instance runs every few minutes) deletes them.
    await db.session.updateMany({ where: { userId: user.id, userAgent: 'laptop' }, data: { endedAt: new Date(Date.now() - KEPT_FORM_HOURS * HOUR - 60_000) } });
    await db.session.updateMany({ where: { userId: user.id, userAgent: 'phone' }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_SECONDS * 1000 - KEPT_FORM_HOURS * HOUR - 60_000) } });
    const { sessions } = await sweep();
    expect(sessions).toBeGreaterThanOrEqual(2);
    expect(await rowsOf(user.id)).toHaveLength(0);
    expect(await check(phone)).toEqual({ user: null, ownerId: null });
    // Another editor's live sessions are untouched.
    expect((await other.check(other.laptop)).user?.id).toBe(other.user.id);
  });
});
