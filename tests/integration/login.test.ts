import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { attemptLogin, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '@/lib/auth/login';
import { hashPassword } from '@/lib/auth/password';
import { db, disconnectDb } from '@/lib/db/client';

afterAll(() => disconnectDb());

const PASSWORD = 'a perfectly good passphrase';

async function createUser(overrides: { disabled?: boolean } = {}) {
  const email = `user-${randomUUID().slice(0, 8)}@example.test`;
  await db.user.create({ data: { email, name: 'Test User', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD), disabled: overrides.disabled ?? false } });
  return email;
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe('logging in', () => {
  it('signs in with the right password and records it', async () => {
    const email = await createUser();
    const result = await attemptLogin({ email: email.toUpperCase(), password: PASSWORD, ip: ip() });
    expect(result).toMatchObject({ ok: true, user: { email, role: 'EDITOR' } });
    const events = await db.auditEvent.findMany({ where: { actorEmail: email, action: 'auth.login.succeeded' } });
    expect(events).toHaveLength(1);
  });

  it('gives the same answer for a wrong password, an unknown email and a disabled account', async () => {
    const email = await createUser();
    const disabled = await createUser({ disabled: true });
    expect(await attemptLogin({ email, password: 'wrong passphrase here', ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptLogin({ email: `nobody-${randomUUID()}@example.test`, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptLogin({ email: disabled, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
  });

  it(`refuses an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even with the right password, and says when to retry`, async () => {
    const email = await createUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await attemptLogin({ email, password: `wrong ${i} passphrase`, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    }
    const refused = await attemptLogin({ email, password: PASSWORD, ip: ip() });
    expect(refused).toMatchObject({ ok: false, reason: 'rate_limited' });
    if (refused.ok || refused.reason !== 'rate_limited') return;
    expect(refused.retryInMinutes).toBeGreaterThanOrEqual(14);
    expect(refused.retryInMinutes).toBeLessThanOrEqual(15);
  });

  it('counts unknown emails the same way, so the limit reveals nothing', async () => {
    const email = `nobody-${randomUUID()}@example.test`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await attemptLogin({ email, password: 'whatever passphrase', ip: ip() });
    expect(await attemptLogin({ email, password: 'whatever passphrase', ip: ip() })).toMatchObject({ reason: 'rate_limited' });
  });

  it(`refuses an address after ${MAX_FAILURES_PER_IP} failures across accounts`, async () => {
    const address = ip();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await attemptLogin({ email: `nobody-${i}-${randomUUID()}@example.test`, password: 'whatever passphrase', ip: address });
    }
    const email = await createUser();
    expect(await attemptLogin({ email, password: PASSWORD, ip: address })).toMatchObject({ reason: 'rate_limited' });
    expect(await attemptLogin({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });

  it(`checks at most ${MAX_FAILURES_PER_ACCOUNT} passwords of a burst of guesses sent at once, and a success counts as no failure`, async () => {
    const email = await createUser();
    expect(await attemptLogin({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
    const burst = await Promise.all(Array.from({ length: 3 * MAX_FAILURES_PER_ACCOUNT }, (_, i) => attemptLogin({ email, password: `guess ${i} passphrase`, ip: ip() })));
    const reasons = burst.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons.filter((r) => r === 'invalid')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(reasons.filter((r) => r === 'rate_limited')).toHaveLength(2 * MAX_FAILURES_PER_ACCOUNT);
  });

  it('counts failures from several app instances at once exactly', async () => {
    const email = await createUser();
    await Promise.all(Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, i) => attemptLogin({ email, password: `wrong ${i} passphrase`, ip: ip() })));
    expect(await attemptLogin({ email, password: PASSWORD, ip: ip() })).toMatchObject({ reason: 'rate_limited' });
  });
});
