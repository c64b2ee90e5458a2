import 'server-only';
import { createHash } from 'node:crypto';
import { recordAuditEvent } from '../db/audit';
import { releaseHit, reserveHit } from '../db/rate-limits';
import { getUserForLogin, normalizeEmail, recordSuccessfulLogin, type SessionUser } from '../db/users';
import { hashPassword, verifyPassword } from './password';

// Login protection: 5 failures per account or 20 per address within 15 minutes, counted in
// PostgreSQL so the limit holds across app instances. Every attempt that is not refused
// costs one argon2 verification, whether or not the account exists, so neither the answer
// nor its timing tells an attacker which emails have accounts.

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryInMinutes: number };

let dummyHash: Promise<string> | undefined;

function key(kind: 'account' | 'ip', value: string): string {
  return `login:${kind}:${createHash('sha256').update(value).digest('hex')}`;
}

function minutesUntil(date: Date | null, now: number): number {
  return date ? Math.max(1, Math.ceil((date.getTime() - now) / 60_000)) : LOGIN_WINDOW_MINUTES;
}

export async function attemptLogin({ email, password, ip }: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const now = Date.now();
  const accountKey = key('account', normalizeEmail(email));
  const ipKey = key('ip', ip);
  // A place among the failures allowed is taken before the password is checked (and given back
  // on success), so a burst of guesses sent together cannot all be checked under the limit.
  const places = [
    { key: accountKey, max: MAX_FAILURES_PER_ACCOUNT },
    { key: ipKey, max: MAX_FAILURES_PER_IP },
  ];
  for (const [i, place] of places.entries()) {
    const reserved = await reserveHit({ key: place.key, windowMinutes: LOGIN_WINDOW_MINUTES, max: place.max, now });
    if (!reserved.ok) {
      await Promise.all(places.slice(0, i).map((p) => releaseHit({ key: p.key, now })));
      const retryInMinutes = minutesUntil(reserved.oldestExpiresAt, now);
      await recordAuditEvent({ actor: null, action: 'auth.login.refused', ip, details: { email: normalizeEmail(email), retryInMinutes } });
      return { ok: false, reason: 'rate_limited', retryInMinutes };
    }
  }

  const user = await getUserForLogin({ email });
  const valid = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword(`dummy-${now}`))), password);
  if (!user || !valid || user.disabled) {
    await Promise.all([
      recordAuditEvent({ actor: null, action: 'auth.login.failed', ip, targetType: user ? 'user' : undefined, targetId: user?.id, details: { email: normalizeEmail(email) } }),
    ]);
    return { ok: false, reason: 'invalid' };
  }
  await Promise.all([
    ...places.map((p) => releaseHit({ key: p.key, now })),
    recordSuccessfulLogin({ id: user.id }),
    recordAuditEvent({ actor: { id: user.id, email: user.email }, action: 'auth.login.succeeded', ip, targetType: 'user', targetId: user.id }),
  ]);
  const { passwordHash: _hash, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
