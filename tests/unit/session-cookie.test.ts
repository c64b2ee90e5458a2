import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { readSessionCookie, SESSION_COOKIES, type CookieReader } from '@/lib/auth/session-cookie';

const SECRET = 'a-test-secret-of-reasonable-length-0123456789';
const [SECURE, PLAIN] = SESSION_COOKIES;

function jar(cookies: Record<string, string>): CookieReader {
  return {
    get: (name) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

/** A token exactly as Auth.js issues it at sign-in (lib/auth/config.ts, jwt callback). */
function issue(salt: string, token: Record<string, unknown> = { sid: 'session-id-1', sv: 3, uid: 7 }, options: { secret?: string; maxAge?: number } = {}) {
  return encode({ secret: options.secret ?? SECRET, salt, token, maxAge: options.maxAge });
}

describe('readSessionCookie', () => {
  it('reads the session id and version from the token Auth.js issued', async () => {
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(PLAIN) }), SECRET)).toEqual({ sessionId: 'session-id-1', sessionVersion: 3 });
  });

  it('reads the __Secure- cookie used over HTTPS', async () => {
    expect(await readSessionCookie(jar({ [SECURE]: await issue(SECURE, { sid: 's2', sv: 0 }) }), SECRET)).toEqual({ sessionId: 's2', sessionVersion: 0 });
  });

  it('joins a token Auth.js split into numbered chunks, in numeric order', async () => {
    const token = await issue(PLAIN);
    const size = Math.ceil(token.length / 11);
    const cookies: Record<string, string> = {};
    // Eleven chunks, so ".10" must come after ".9" (string order would put it second).
    for (let i = 10; i >= 0; i--) cookies[`${PLAIN}.${i}`] = token.slice(i * size, (i + 1) * size);
    expect(await readSessionCookie(jar(cookies), SECRET)).toEqual({ sessionId: 'session-id-1', sessionVersion: 3 });
  });

  it('is no session without a cookie', async () => {
    expect(await readSessionCookie(jar({ other: 'x' }), SECRET)).toBeNull();
  });

  it('is no session for a token signed with another secret', async () => {
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(PLAIN, undefined, { secret: 'another-secret-of-reasonable-length-98765' }) }), SECRET)).toBeNull();
  });

  it('is no session for a token moved to the other cookie name (the name is the salt)', async () => {
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(SECURE) }), SECRET)).toBeNull();
  });

  it('is no session for a tampered token', async () => {
    const token = await issue(PLAIN);
    const parts = token.split('.');
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    expect(await readSessionCookie(jar({ [PLAIN]: parts.join('.') }), SECRET)).toBeNull();
    expect(await readSessionCookie(jar({ [PLAIN]: 'not-a-token' }), SECRET)).toBeNull();
  });

  it('is no session once the token has expired', async () => {
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(PLAIN, undefined, { maxAge: -60 }) }), SECRET)).toBeNull();
  });

  it('is no session for a token without the session fields', async () => {
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(PLAIN, { sub: '7' }) }), SECRET)).toBeNull();
    expect(await readSessionCookie(jar({ [PLAIN]: await issue(PLAIN, { sid: 'x', sv: '1' }) }), SECRET)).toBeNull();
  });

  it('checks the expiry of a token it has already decrypted on every use', async () => {
    const cookies = jar({ [PLAIN]: await issue(PLAIN, { sid: 'memo-1', sv: 1 }, { maxAge: 60 }) });
    expect(await readSessionCookie(cookies, SECRET)).toEqual({ sessionId: 'memo-1', sessionVersion: 1 });
    expect(await readSessionCookie(cookies, SECRET)).toEqual({ sessionId: 'memo-1', sessionVersion: 1 });
    expect(await readSessionCookie(cookies, SECRET, Date.now() + 61_000)).toBeNull();
  });

  it('does not accept a token it decrypted under one secret when asked with another', async () => {
    const cookies = jar({ [PLAIN]: await issue(PLAIN, { sid: 'memo-2', sv: 1 }) });
    expect(await readSessionCookie(cookies, SECRET)).toEqual({ sessionId: 'memo-2', sessionVersion: 1 });
    expect(await readSessionCookie(cookies, 'another-secret-of-reasonable-length-98765')).toBeNull();
  });

  it('stays correct past the number of tokens it remembers', async () => {
    const tokens = await Promise.all(Array.from({ length: 1005 }, (_, i) => issue(PLAIN, { sid: `many-${i}`, sv: i })));
    for (const [i, token] of tokens.entries()) expect(await readSessionCookie(jar({ [PLAIN]: token }), SECRET)).toEqual({ sessionId: `many-${i}`, sessionVersion: i });
    // The first ones were dropped from memory and are decrypted again.
    expect(await readSessionCookie(jar({ [PLAIN]: tokens[0]! }), SECRET)).toEqual({ sessionId: 'many-0', sessionVersion: 0 });
  });
});
