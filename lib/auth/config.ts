import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { getOrCreateSecret } from '../db/settings';
import { checkSession, createSession, endSession, getLiveSession, SESSION_IDLE_SECONDS } from '../db/sessions';
import { currentExchange } from '../cache/request-clock.mjs';
import type { SessionUser } from '../db/users';
import { loginSchema } from '../validation/auth';
import { logAuthError } from './auth-log';
import { clientIp } from './client-ip';
import { attemptLogin } from './login';
import { readSessionCookie } from './session-cookie';

export { SESSION_IDLE_SECONDS };
/** The cookie's own lifetime, an upper bound however active the editor is. */
const SESSION_COOKIE_SECONDS = 7 * 24 * 60 * 60;

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}

class LoginRateLimited extends CredentialsSignin {
  constructor(retryInMinutes: number) {
    super();
    this.code = `rate_limited:${retryInMinutes}`;
  }
}

// Every instance signs sessions with the same key: AUTH_SECRET, or one kept in PostgreSQL.
let secret: Promise<string> | undefined;
function sessionSecret(): Promise<string> {
  return (secret ??= process.env.AUTH_SECRET ? Promise.resolve(process.env.AUTH_SECRET) : getOrCreateSecret({ key: 'auth_secret' }));
}

export const { handlers, signIn, signOut } = NextAuth(async () => ({
  secret: await sessionSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_COOKIE_SECONDS, updateAge: 24 * 60 * 60 },
  // Any error Auth.js redirects to lands on our login page (app/(auth)/login: `?error=`), not its own.
  pages: { signIn: '/login', error: '/login' },
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidLogin();
        const result = await attemptLogin({ ...parsed.data, ip: clientIp(request.headers) });
        if (result.ok) {
          const { user } = result;
          const sessionId = await createSession({ userId: user.id, ip: clientIp(request.headers), userAgent: request.headers.get('user-agent') });
          return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
        }
        throw result.reason === 'rate_limited' ? new LoginRateLimited(result.retryInMinutes) : new InvalidLogin();
      },
    }),
  ],
  events: {
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sid : undefined;
      if (sessionId) await endSession({ id: sessionId });
    },
  },
  callbacks: {
    // Runs on every authenticated request. The token names a server-side session row: signing
    // out, idling too long, a disabled account, a changed password or "sign out everywhere"
    // (which bumps session_version) ends the session at its next request, on every instance.
    async jwt({ token, user }) {
      const sessionId = user ? user.sessionId : token.sid;
      const sessionVersion = user ? user.sessionVersion : token.sv;
      if (!sessionId || sessionVersion === undefined) return null;
      const current = await getLiveSession({ id: sessionId, sessionVersion, idleSeconds: SESSION_IDLE_SECONDS });
      if (!current) return null;
      return { ...token, sid: sessionId, uid: current.id, sv: current.sessionVersion, role: current.role, name: current.name, email: current.email, mcp: current.mustChangePassword };
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: String(token.uid), name: token.name ?? '', email: token.email ?? '', role: token.role, mustChangePassword: token.mcp },
      };
    },
  },
}));

/**
 * The signed-in user of the current request, or null: the session the cookie points to
 * (lib/auth/session-cookie.ts), checked exactly as the jwt callback above checks it, so an
 * ended, idle, disabled or re-versioned session gives null. Pages, actions and route handlers
 * call this on every request. Auth.js's `auth()` would also run its whole request pipeline and
 * encrypt a fresh token that a server component cannot even set (measured: a tenth or more of
 * an admin page's server CPU).
 */
export async function currentSessionUser(): Promise<SessionUser | null> {
  const pointer = await readSessionCookie(await cookies(), await sessionSecret());
  if (!pointer) return null;
  const { user, ownerId } = await checkSession({ id: pointer.sessionId, sessionVersion: pointer.sessionVersion, idleSeconds: SESSION_IDLE_SECONDS });
  // A session of ours that has ended: whose it was, for endedSessionOwner below.
  const exchange = currentExchange();
  if (!user && ownerId !== null && exchange) exchange.endedSessionOwner = ownerId;
  return user;
}

/**
 * The user whose session this request's cookie named, when that cookie is one this site issued
 * and the session was found ended while serving the request (currentSessionUser, which must
 * have run: requireActor and requirePageActor call it first). What tells an editor whose
 * session ended from a browser that never signed in (lib/kept-forms.ts).
 */
export async function endedSessionOwner(): Promise<number | null> {
  return currentExchange()?.endedSessionOwner ?? null;
}
