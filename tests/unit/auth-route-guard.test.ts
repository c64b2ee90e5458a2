import { Auth, type AuthConfig } from '@auth/core';
import Credentials from '@auth/core/providers/credentials';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { authRouteDecision, guardAuthHandler, isAcceptedCallbackUrl, passedRequest, withoutRejectedAuthCookies } from '@/lib/auth/route-guard';

const ORIGIN = 'http://contrast.test';

function request(path: string, init: { method?: string; cookie?: string; body?: string } = {}): NextRequest {
  const headers = new Headers(init.cookie ? { cookie: init.cookie } : {});
  if (init.body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
  return new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body: init.body });
}

/** A handler that records the request it was given. */
function recorder() {
  const seen: NextRequest[] = [];
  const handler = async (request: NextRequest) => {
    seen.push(request);
    return Response.json({ passed: true });
  };
  return { seen, handler };
}

describe('authRouteDecision', () => {
  it('passes what the site and the bench use', () => {
    for (const action of ['csrf', 'session', 'providers']) {
      expect(authRouteDecision('GET', `/api/auth/${action}`)).toEqual({ kind: 'pass' });
      expect(authRouteDecision('HEAD', `/api/auth/${action}`)).toEqual({ kind: 'pass' });
    }
    expect(authRouteDecision('POST', '/api/auth/callback/credentials')).toEqual({ kind: 'pass' });
    expect(authRouteDecision('POST', '/api/auth/signout')).toEqual({ kind: 'pass' });
  });

  it("sends a person opening Auth.js's pages to the login page", () => {
    expect(authRouteDecision('GET', '/api/auth/signin')).toEqual({ kind: 'login', location: '/login' });
    expect(authRouteDecision('GET', '/api/auth/signout')).toEqual({ kind: 'login', location: '/login' });
    expect(authRouteDecision('GET', '/api/auth/error', '?error=Configuration')).toEqual({ kind: 'login', location: '/login?error=Configuration' });
    expect(authRouteDecision('GET', '/api/auth/error', '?error=%3Cscript%3E')).toEqual({ kind: 'login', location: '/login?error=Default' });
    expect(authRouteDecision('GET', '/api/auth/error')).toEqual({ kind: 'login', location: '/login?error=Default' });
  });

  it('answers everything else as not found', () => {
    const others: [string, string][] = [
      ['GET', '/api/auth/callback/credentials'],
      ['GET', '/api/auth/signin/credentials'],
      ['GET', '/api/auth/webauthn-options/x'],
      ['GET', '/api/auth/verify-request'],
      ['GET', '/api/auth/csrf/extra'],
      ['GET', '/api/auth/%63srf'],
      ['GET', '/api/auth//csrf'],
      ['GET', '/api/auth/'],
      ['GET', '/api/auth'],
      ['POST', '/api/auth/csrf'],
      ['POST', '/api/auth/session'],
      ['POST', '/api/auth/signin'],
      ['POST', '/api/auth/signin/credentials'],
      ['POST', '/api/auth/callback/github'],
      ['POST', '/api/auth/error'],
      ['PUT', '/api/auth/session'],
      ['GET', '/api/authx/session'],
    ];
    for (const [method, path] of others) expect(authRouteDecision(method, path), `${method} ${path}`).toEqual({ kind: 'not-found' });
  });
});

describe('isAcceptedCallbackUrl', () => {
  it('accepts http(s) URLs and paths, as Auth.js does', () => {
    expect(isAcceptedCallbackUrl('/admin', ORIGIN)).toBe(true);
    expect(isAcceptedCallbackUrl('https://elsewhere.test/x', ORIGIN)).toBe(true);
    expect(isAcceptedCallbackUrl('%ZZ', ORIGIN)).toBe(false);
    expect(isAcceptedCallbackUrl('javascript:alert(1)', ORIGIN)).toBe(false);
    expect(isAcceptedCallbackUrl('admin', ORIGIN)).toBe(false);
  });
});

describe('withoutRejectedAuthCookies', () => {
  it('keeps a header with nothing Auth.js refuses', () => {
    expect(withoutRejectedAuthCookies('', ORIGIN)).toBeNull();
    expect(withoutRejectedAuthCookies('authjs.callback-url=http%3A%2F%2Fcontrast.test%2Fadmin; authjs.session-token=abc', ORIGIN)).toBeNull();
    expect(withoutRejectedAuthCookies('authjs.callback-url=; other=%ZZ', ORIGIN)).toBeNull();
  });

  it('drops a callback-url cookie that is not a URL, under either name, and keeps the rest', () => {
    expect(withoutRejectedAuthCookies('a=1; authjs.callback-url=%ZZ; authjs.session-token=abc', ORIGIN)).toBe('a=1; authjs.session-token=abc');
    expect(withoutRejectedAuthCookies('__Secure-authjs.callback-url=javascript%3Aalert(1)', ORIGIN)).toBe('');
    expect(withoutRejectedAuthCookies(' authjs.callback-url = nope ;b=2', ORIGIN)).toBe('b=2');
  });
});

describe('passedRequest', () => {
  it('is the request itself when nothing needs changing', () => {
    const original = request('/api/auth/session', { cookie: 'authjs.session-token=abc' });
    expect(passedRequest(original)).toBe(original);
  });

  it('drops the query string and a refused cookie, keeping method, headers and body', async () => {
    const passed = passedRequest(request('/api/auth/callback/credentials?callbackUrl=%25ZZ', { method: 'POST', cookie: 'authjs.callback-url=%ZZ; authjs.csrf-token=t', body: 'csrfToken=t&email=a' }));
    expect(passed.url).toBe(`${ORIGIN}/api/auth/callback/credentials`);
    expect(passed.method).toBe('POST');
    expect(passed.headers.get('cookie')).toBe('authjs.csrf-token=t');
    expect(passed.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(await passed.text()).toBe('csrfToken=t&email=a');
  });

  it('asks Auth.js with GET for a HEAD request, and sends no Cookie header when none is left', () => {
    const passed = passedRequest(request('/api/auth/session', { method: 'HEAD', cookie: 'authjs.callback-url=%ZZ' }));
    expect(passed.method).toBe('GET');
    expect(passed.headers.has('cookie')).toBe(false);
  });
});

describe('guardAuthHandler', () => {
  it('answers not found in the house error shape, uncached, without calling Auth.js', async () => {
    const { seen, handler } = recorder();
    const response = await guardAuthHandler(handler)(request('/api/auth/verify-request'));
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(seen).toHaveLength(0);
  });

  it('redirects the pages with 303 to /login', async () => {
    const { seen, handler } = recorder();
    const response = await guardAuthHandler(handler)(request('/api/auth/signin?callbackUrl=%2Fadmin'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(seen).toHaveLength(0);
  });

  it('passes a used endpoint on, without a refused cookie', async () => {
    const { seen, handler } = recorder();
    const response = await guardAuthHandler(handler)(request('/api/auth/csrf', { cookie: 'authjs.callback-url=%ZZ; x=1' }));
    expect(response.status).toBe(200);
    expect(seen.map((r) => r.headers.get('cookie'))).toEqual(['x=1']);
  });
});

describe("Auth.js behind the guard (@auth/core's own handler)", () => {
  const config: AuthConfig = {
    secret: 'a-test-secret-of-reasonable-length-0123456789',
    trustHost: true,
    basePath: '/api/auth',
    session: { strategy: 'jwt' },
    pages: { signIn: '/login', error: '/login' },
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
    providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: async () => null })],
  };
  const auth = (request: NextRequest) => Auth(request, config);

  it('refuses a malformed callback-url cookie with a 500 on its own', async () => {
    expect((await auth(request('/api/auth/session', { cookie: 'authjs.callback-url=%ZZ' }))).status).toBe(500);
    expect((await auth(request('/api/auth/csrf?callbackUrl=%25ZZ'))).status).toBe(500);
  });

  it('answers session, csrf and providers despite one; session and csrf replace the cookie', async () => {
    const guarded = guardAuthHandler(auth);
    for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/session?callbackUrl=%25ZZ']) {
      const response = await guarded(request(path, { cookie: 'authjs.callback-url=%ZZ' }));
      expect(response.status, path).toBe(200);
      const replaced = response.headers.getSetCookie().some((c) => c.startsWith('authjs.callback-url=http'));
      expect(replaced, path).toBe(!path.endsWith('/providers'));
    }
  });

  it('signs in over HTTP as the bench does, with such a cookie too', async () => {
    const guarded = guardAuthHandler(async (request) =>
      Auth(request, { ...config, providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: async ({ email }) => ({ id: '1', email: String(email) }) })] }),
    );
    const csrf = await guarded(request('/api/auth/csrf'));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const signIn = await guarded(
      request('/api/auth/callback/credentials', {
        method: 'POST',
        cookie: ['authjs.callback-url=%ZZ', ...jar.filter((pair) => !pair.startsWith('authjs.callback-url='))].join('; '),
        body: new URLSearchParams({ csrfToken, email: 'ed@contrast.test', password: 'x', callbackUrl: `${ORIGIN}/admin` }).toString(),
      }),
    );
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get('location')).toBe(`${ORIGIN}/admin`);
    expect(signIn.headers.getSetCookie().some((c) => c.startsWith('authjs.session-token='))).toBe(true);
  });

  it('sends a failed sign-in to the login page', async () => {
    const guarded = guardAuthHandler(auth);
    const response = await guarded(request('/api/auth/callback/credentials', { method: 'POST', body: 'csrfToken=forged&email=a&password=b' }));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!).pathname).toBe('/login');
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBeTruthy();
  });
});
