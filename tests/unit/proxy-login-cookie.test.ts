import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const ORIGIN = 'http://localhost:3000';

function loginRequest(cookie: string, method = 'GET') {
  return new NextRequest(`${ORIGIN}/login`, { method, headers: { cookie, host: 'localhost:3000', 'user-agent': 'test' } });
}

describe('proxy: the login page and a callback-url cookie', () => {
  it('passes the login page a request without a callback-url cookie Auth.js would refuse, and drops that cookie', () => {
    const response = proxy(loginRequest('theme=dark; authjs.callback-url=%ZZ; authjs.csrf-token=abc', 'POST'));
    expect(response.headers.get('x-middleware-request-cookie')).toBe('theme=dark; authjs.csrf-token=abc');
    expect(response.headers.get('set-cookie')).toMatch(/^authjs\.callback-url=; Path=\/; .*Max-Age=0/i);
  });

  it('drops a __Secure- cookie with a Secure cookie of its own (browsers ignore any other)', () => {
    const response = proxy(loginRequest('__Secure-authjs.callback-url=javascript:alert(1)'));
    // Next keeps the headers listed (and deletes the others): the cookie header is gone.
    expect(response.headers.get('x-middleware-override-headers')?.split(',')).toEqual(expect.arrayContaining(['host', 'user-agent']));
    expect(response.headers.get('x-middleware-override-headers')?.split(',')).not.toContain('cookie');
    expect(response.headers.get('set-cookie')).toMatch(/^__Secure-authjs\.callback-url=;.*Secure/i);
  });

  it('leaves a callback-url cookie of this site alone', () => {
    const response = proxy(loginRequest(`authjs.callback-url=${encodeURIComponent(`${ORIGIN}/admin`)}`));
    expect(response.headers.get('x-middleware-override-headers')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
