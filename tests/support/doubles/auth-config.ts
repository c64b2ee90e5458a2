// Stands in for lib/auth/config.ts in integration tests (vitest.config.ts): next-auth needs a
// Next.js request. Behaves like the real configuration: the session is a server-side session
// row checked with getLiveSession on every call, signIn goes through attemptLogin (rate
// limits and audit included) and creates a session, signOut ends it.
import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { SESSION_IDLE_SECONDS } from '../../../lib/auth/config';
import { attemptLogin } from '../../../lib/auth/login';
import { createSession, endSession, getLiveSession } from '../../../lib/db/sessions';
import type { SessionUser } from '../../../lib/db/users';
import { loginSchema } from '../../../lib/validation/auth';
import { currentRequest } from '../signed-in';

export { SESSION_IDLE_SECONDS };

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}

class LoginRateLimited extends CredentialsSignin {
  constructor(retryInMinutes: number) {
    super();
    this.code = `rate_limited:${retryInMinutes}`;
  }
}

export async function currentSessionUser(): Promise<SessionUser | null> {
  const request = currentRequest();
  if (!request.session) return null;
  const user = await getLiveSession({ id: request.session.id, sessionVersion: request.session.version, idleSeconds: SESSION_IDLE_SECONDS });
  // An ended session stays ended: the visitor is anonymous from now on.
  if (!user) request.session = null;
  return user;
}

/** Kept forms are not exercised here (an e2e test goes through them): no session is ever taken for an ended one of ours. */
export async function endedSessionOwner(): Promise<number | null> {
  return null;
}

type SignInOptions = { email?: unknown; password?: unknown; redirect?: boolean; redirectTo?: string };

export async function signIn(provider: string, options: SignInOptions = {}): Promise<void> {
  if (provider !== 'credentials') throw new Error(`The test double only signs in with credentials, not "${provider}".`);
  const request = currentRequest();
  const parsed = loginSchema.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) throw new InvalidLogin();
  const result = await attemptLogin({ ...parsed.data, ip: request.ip });
  if (!result.ok) throw result.reason === 'rate_limited' ? new LoginRateLimited(result.retryInMinutes) : new InvalidLogin();
  const id = await createSession({ userId: result.user.id, ip: request.ip, userAgent: 'vitest' });
  request.session = { id, version: result.user.sessionVersion };
  if (options.redirect !== false) redirect(options.redirectTo ?? '/');
}

export async function signOut(options: { redirect?: boolean; redirectTo?: string } = {}): Promise<void> {
  const request = currentRequest();
  if (request.session) await endSession({ id: request.session.id });
  request.session = null;
  if (options.redirect !== false) redirect(options.redirectTo ?? '/');
}

const notHere = () => Response.json({ error: { code: 'NOT_FOUND', message: 'Auth.js routes do not run in integration tests.' } }, { status: 404 });
export const handlers = { GET: notHere, POST: notHere };
