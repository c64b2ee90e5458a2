// A wrong password must not fill the server's log with stack traces; other Auth.js errors must reach it.
import { CredentialsSignin } from '@auth/core/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logAuthError } from '@/lib/auth/auth-log';

afterEach(() => vi.restoreAllMocks());

describe("Auth.js's error log", () => {
  it('leaves out refused sign-ins, whatever the production build renamed their class to', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // As minified: the subclass of CredentialsSignin is called "r".
    const r = class extends CredentialsSignin {
      code = 'invalid';
    };
    Object.defineProperty(r, 'name', { value: 'r' });
    const refused = new r();
    expect(refused.name).not.toBe('CredentialsSignin');
    logAuthError(refused);
    expect(logged).not.toHaveBeenCalled();
  });

  it('keeps every other error', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Error('JWTSessionError: the secret changed');
    logAuthError(error);
    expect(logged).toHaveBeenCalledWith('[auth]', error);
  });
});
