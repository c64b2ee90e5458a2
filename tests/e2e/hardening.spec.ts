import { randomUUID } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { EDITOR } from './support/accounts';

// Addresses a black-box audit found answering 500 or Auth.js's own unbranded pages. Requests only:
// no page is opened.

const BAD_CALLBACK_URL = 'authjs.callback-url=%ZZ';

/** The `name=value` pairs a response sets. */
function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value.split(';')[0]!);
}

test("[CLIENT][AUTH] Auth.js's endpoints the site does not use answer 404 JSON", async ({ request }) => {
  const unused: [method: 'get' | 'post', path: string][] = [
    ['get', '/api/auth/callback/credentials'],
    ['get', '/api/auth/signin/credentials'],
    ['get', '/api/auth/webauthn-options/x'],
    ['get', '/api/auth/verify-request'],
    ['get', '/api/auth/nothing-here'],
    ['post', '/api/auth/session'],
    ['post', '/api/auth/signin/credentials'],
  ];
  for (const [method, path] of unused) {
    const response = await request[method](path, { maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()['cache-control'], `${method} ${path}`).toBe('no-store');
    expect(await response.json(), `${method} ${path}`).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }
});

test("[CLIENT][AUTH] Auth.js's sign-in, sign-out and error pages lead to the login page", async ({ request }) => {
  for (const path of ['/api/auth/signin', '/api/auth/signout']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers().location, path).toBe('/login');
  }
  const error = await request.get('/api/auth/error?error=Configuration', { maxRedirects: 0 });
  expect(error.status()).toBe(303);
  expect(error.headers().location).toBe('/login?error=Configuration');
});

test('[CLIENT][AUTH] the login page says when signing in did not work', async ({ request }) => {
  const response = await request.get('/login?error=Configuration');
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/role="alert"[^>]*>Signing in did not work\. Please try again\./);
  expect(await (await request.get('/login')).text()).not.toContain('Signing in did not work');
});

test('[CLIENT][AUTH] a malformed Auth.js cookie or callbackUrl never makes a 500', async ({ request }) => {
  for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/session?callbackUrl=%25ZZ']) {
    const response = await request.get(path, { headers: { cookie: BAD_CALLBACK_URL } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/application\/json/);
  }
  const signin = await request.get('/api/auth/signin', { headers: { cookie: BAD_CALLBACK_URL }, maxRedirects: 0 });
  expect(signin.status()).toBe(303);
});

test('[EDITOR][AUTH] signing in over HTTP as the bench does works, with a malformed callback-url cookie too', async ({ request }) => {
  // An address of its own, so the login limits of other tests do not count against it.
  const headers = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}, ${randomUUID()}` };
  const csrf = await request.get('/api/auth/csrf', { headers });
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { ...headers, cookie: [BAD_CALLBACK_URL, ...setCookies(csrf).filter((pair) => !pair.startsWith('authjs.callback-url='))].join('; '), 'x-auth-return-redirect': '1' },
    form: { csrfToken, email: EDITOR.email, password: EDITOR.password, callbackUrl: '/admin' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { url: string }).url).toMatch(/\/admin$/);
  const session = setCookies(response).find((pair) => /^(__Secure-)?authjs\.session-token=/.test(pair));
  expect(session, 'a session cookie').toBeTruthy();

  const current = await request.get('/api/auth/session', { headers: { ...headers, cookie: session! } });
  expect(await current.json()).toMatchObject({ user: { email: EDITOR.email } });
});

test('[READER][REPORTS] a report sent to a comparison that is not published is a 404, whatever the body', async ({ request }) => {
  const headers = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
  // Fields the form never sends (refused before the comparison is looked up), a body that is not a
  // form at all, and a report without its form token.
  const bodies: { form?: Record<string, string>; data?: string; multipart?: Record<string, string>; headers?: Record<string, string> }[] = [
    { form: { a: 'b' } },
    { data: 'not a form', headers: { 'content-type': 'text/plain' } },
    { multipart: { message: 'The dates of both look wrong to me.' } },
  ];
  for (const body of bodies) {
    const page = await request.post('/report/nobody/submit', { ...body, headers: { ...headers, ...body.headers }, maxRedirects: 0 });
    expect(page.status(), JSON.stringify(body)).toBe(404);
    expect(/<title>([^<]*)<\/title>/.exec(await page.text())?.[1]).toMatch(/^Comparison not found\b/);

    const json = await request.post('/report/nobody/submit', { ...body, headers: { ...headers, ...body.headers, accept: 'application/json' }, maxRedirects: 0 });
    expect(json.status(), JSON.stringify(body)).toBe(404);
    expect(await json.json()).toMatchObject({ ok: false, status: 404 });
  }

  // A published comparison still answers such bodies with 400 and the form.
  for (const body of bodies.slice(0, 2)) {
    const published = await request.post('/report/paris-vs-london/submit', { ...body, headers: { ...headers, ...body.headers }, maxRedirects: 0 });
    expect(published.status(), JSON.stringify(body)).toBe(400);
    expect(await published.text()).toContain('name="message"');
  }
});

test("[CLIENT][IMAGES] Next's image optimizer is off: /_next/image is a 404", async ({ request }) => {
  const response = await request.get('/_next/image?url=/api/media/x&w=64&q=75');
  expect(response.status()).toBe(404);
});

test('[CLIENT][PAGES] requests Next.js cannot serve get a clear 4xx or 501, never a 500', async ({ request }) => {
  // A multipart post whose body is not multipart (scripts/patch-next.mjs, change 5).
  for (const path of ['/lenin-vs-stalin', '/', '/login']) {
    const response = await request.post(path, { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, data: 'garbage', maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  // The search page (pages/search.tsx) has no server action to take a POST: 405, and no search is run.
  const searchPost = await request.post('/search?q=lenin', { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, data: 'garbage', maxRedirects: 0 });
  expect(searchPost.status()).toBe(405);
  expect(searchPost.headers().allow).toBe('GET, HEAD, OPTIONS');
  // A method Next does not serve (lib/http/request-guard.ts).
  for (const path of ['/api/health', '/sitemap.xml', '/lenin-vs-stalin']) {
    const response = await request.fetch(path, { method: 'TRACE' });
    expect(response.status(), path).toBe(501);
    expect(await response.text(), path).toContain('does not support the TRACE method');
  }
  // A page cannot be changed: PUT, PATCH and DELETE get 405 (the guard), as does a method the
  // read-only JSON route does not take, cached or not (Next).
  await request.get('/api/comparisons/lenin-vs-stalin');
  for (const [method, path] of [['PUT', '/lenin-vs-stalin'], ['DELETE', '/lenin-vs-stalin'], ['PATCH', '/figures/lenin'], ['DELETE', '/api/comparisons/lenin-vs-stalin'], ['POST', '/api/comparisons/lenin-vs-stalin']]) {
    const response = await request.fetch(path!, { method: method!, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
  }
  expect((await request.fetch('/lenin-vs-stalin', { method: 'PUT' })).headers().allow).toBe('GET, HEAD, POST, OPTIONS');
  // A server action called from another site (Next refused it with a bare 500).
  const crossSite = await request.post('/about', { headers: { origin: 'http://evil.example', 'next-action': '60fe31e834706ad425021df16c4846e1bd234c64ee', 'content-type': 'text/plain' }, data: '[]' });
  expect(crossSite.status()).toBe(403);
  // Search results have one address, /search?q=...: a path below it is no page.
  expect((await request.get('/search/%25/1')).status()).toBe(404);
});

test('[READER][PAGES] an address no route can read is a 404 with a search box and a way home', async ({ request }) => {
  const response = await request.get('/%E0%A4%A');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('id="not-found-search"');
  expect(html).toContain('href="/"');
});
