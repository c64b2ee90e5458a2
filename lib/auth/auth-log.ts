/**
 * Auth.js's errors, except a refused sign-in: a wrong password is an expected outcome (audited by
 * attemptLogin), not a server error with a stack trace. Told apart by Auth.js's `type`, which
 * survives the production build's minifying (the class name does not: it logged as "r").
 */
export function logAuthError(error: Error): void {
  if ((error as { type?: unknown }).type === 'CredentialsSignin') return;
  console.error('[auth]', error);
}
