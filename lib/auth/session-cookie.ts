import { decode } from 'next-auth/jwt';

// Reading the session token Auth.js issued at sign-in, without Auth.js's request pipeline.
// The token only names a server-side session (lib/db/sessions.ts): its id and the user's
// session version. Whether that session is still live is the database's answer, not the token's.

/** Auth.js names its session cookie by the scheme: the `__Secure-` one over HTTPS. */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** What `cookies()` from next/headers gives, as far as this needs it. */
export type CookieReader = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

export type SessionPointer = { sessionId: string; sessionVersion: number };

/** The cookie's value; Auth.js splits a token over 4 KB into `name.0`, `name.1`, ... */
function cookieValue(jar: CookieReader, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value }))
    .filter((chunk) => Number.isInteger(chunk.index) && chunk.index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join('') : undefined;
}

/**
 * The server-side session a request's cookie points to, or null. Decrypted with Auth.js's own
 * `decode` (the same secret, the cookie's name as salt, `exp` checked); a token that does not
 * decrypt, has expired or lacks the session fields is no session.
 */
export async function readSessionCookie(jar: CookieReader, secret: string): Promise<SessionPointer | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookieValue(jar, name);
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (typeof token?.sid !== 'string' || typeof token.sv !== 'number') return null;
    return { sessionId: token.sid, sessionVersion: token.sv };
  }
  return null;
}
