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

type Decoded = { pointer: SessionPointer; expiresAt: number };

/**
 * Tokens this process has already decrypted, by their exact text (and secret and cookie name):
 * a signed-in editor sends the same token with every request, and decrypting it (key
 * derivation, thumbprint, AES and HMAC) was about 1 ms of CPU per admin page. Only a token
 * that decrypted is kept, so a forged one can never be found here; its expiry is checked on
 * every use. A memo of a pure function: nothing depends on it being shared or kept.
 */
const decoded = new Map<string, Decoded>();
const MAX_DECODED = 1000;

async function decodePointer(value: string, secret: string, salt: string): Promise<Decoded | null> {
  const key = `${salt}\n${secret}\n${value}`;
  const known = decoded.get(key);
  if (known) return known;
  const token = await decode({ token: value, secret, salt }).catch(() => null);
  if (typeof token?.sid !== 'string' || typeof token.sv !== 'number' || typeof token.exp !== 'number') return null;
  const entry = { pointer: { sessionId: token.sid, sessionVersion: token.sv }, expiresAt: token.exp * 1000 };
  // Oldest first out: a Map iterates in insertion order.
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, entry);
  return entry;
}

/**
 * The server-side session a request's cookie points to, or null. Decrypted with Auth.js's own
 * `decode` (the same secret, the cookie's name as salt, `exp` checked); a token that does not
 * decrypt, has expired or lacks the session fields is no session.
 */
export async function readSessionCookie(jar: CookieReader, secret: string, now = Date.now()): Promise<SessionPointer | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookieValue(jar, name);
    if (!value) continue;
    const entry = await decodePointer(value, secret, name);
    return entry && entry.expiresAt > now ? entry.pointer : null;
  }
  return null;
}
