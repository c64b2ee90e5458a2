import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { connectToE2eDatabase } from './support/database';
import { signIn } from './support/login';

// Sign-ins hash passwords and admin pages render per request: the other admin specs' budget. On a
// slow machine (a clean-clone run of 2026-11-28) one test here took 23 s of the default 30.
test.describe.configure({ timeout: 90_000 });

test('[EDITOR][LOGIN] the admin area asks for a login, refuses a wrong password, then opens the dashboard', async ({ page }, testInfo) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill('not the right password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-message')).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue(EDITOR.email);

  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  // Other specs publish comparisons in parallel: compare with the database at this moment.
  const db = await connectToE2eDatabase(testInfo);
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM comparisons WHERE status = 'PUBLISHED'");
  await db.end();
  await page.reload();
  await expect(page.getByRole('link', { name: /Published comparisons/ })).toContainText(String(rows[0]!.n));
  // Editors do not see the admins' pages.
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/);
});

test('[ADMIN][LOGIN] an admin sees the admin pages in the navigation', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toBeVisible();
});

test('[EDITOR][LOGIN] signing in works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`[EDITOR][LOGIN] a damaged callback-url cookie does not stop signing in (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    // Not a URL: Auth.js refuses every request that carries it.
    await context.addCookies([{ name: 'authjs.callback-url', value: '%ZZ', url: baseURL! }]);
    const page = await context.newPage();
    await signIn(page, EDITOR);
    expect((await context.cookies()).find((cookie) => cookie.name === 'authjs.callback-url')?.value ?? '').not.toBe('%ZZ');
    await context.close();
  });
}

test('[EDITOR][LOGIN] a signed-out visit to an admin URL signs in and comes back to that exact URL', async ({ page }) => {
  await page.goto('/admin/figures?kind=PLACE');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Ffigures%3Fkind%3DPLACE$/);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/figures\?kind=PLACE$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  await expect(page.getByLabel('Kind')).toHaveValue('PLACE');
});

test('[EDITOR][LOGIN] after a session ends, an admin URL signs in again and comes back to that page', async ({ page, context }) => {
  // A session cookie the server no longer honours (the session ended, or was signed out elsewhere).
  await context.addCookies([{ name: 'authjs.session-token', value: 'ended-session', domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
  await page.goto('/admin/figures/new');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Ffigures%2Fnew$/);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/figures\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New figure');
});

/** Signs in, types a new category's name, then ends the session: on the server, or by losing the cookie. */
async function typeNewCategoryThenEndSession(page: Page, name: string, ending: 'ended on the server' | 'cookie gone'): Promise<void> {
  await signIn(page, EDITOR);
  await page.goto('/admin/categories/new');
  await page.getByLabel('Name').fill(name);
  const context = page.context();
  if (ending === 'ended on the server') await context.addCookies([{ name: 'authjs.session-token', value: 'ended-session', domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
  else await context.clearCookies();
}

test('[EDITOR][LOGIN] without JavaScript, a form sent after the session ended leads to the login page, which says nothing was saved', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const name = `Unsaved ${Date.now()}`;
  for (const ending of ['ended on the server', 'cookie gone'] as const) {
    // The page answering the post (a session cookie the server no longer honours), or the proxy (no cookie at all).
    await typeNewCategoryThenEndSession(page, name, ending);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Create category' }).click();
    // 303: the browser asks for the login page rather than posting the form to it again.
    expect((await answered).status(), ending).toBe(303);
    await expect(page, ending).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcategories%2Fnew&unsaved=1$/);
    await expect(page.getByRole('alert'), ending).toContainText('nothing was changed');
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page, ending).toHaveURL(/\/admin\/categories\/new$/);
    await page.goto('/admin/categories');
    await expect(page.getByText(name), ending).toHaveCount(0);
    await context.clearCookies();
  }
  await context.close();
});

test('[EDITOR][LOGIN] with JavaScript, a form saved after the session ended says so and keeps what was typed', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const name = `Typed ${randomUUID().slice(0, 8)}`;
  for (const ending of ['ended on the server', 'cookie gone'] as const) {
    // The action finds no session (a cookie the server no longer honours, or none: the proxy lets the action answer).
    await typeNewCategoryThenEndSession(page, name, ending);
    await page.getByRole('button', { name: 'Create category' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your session has ended' }), ending).toBeVisible();
    await expect(page.getByLabel('Name'), ending).toHaveValue(name);
    await expect(page.getByRole('heading', { level: 1 }), ending).toHaveText('New category');
    await context.clearCookies();
  }
  await context.close();
});

test('[EDITOR][LOGIN] without JavaScript, what an editor typed when their session ended is back in the form once they sign in again', async ({ browser }, testInfo) => {
  // A browser of its own, so that its session alone can be ended (sessions record the user agent).
  const agent = `kept-forms-${randomUUID()}`;
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: agent });
  const page = await context.newPage();
  const db = await connectToE2eDatabase(testInfo);
  // The session ends on the server (idle too long) while its cookie stays in the browser.
  const endSession = () => db.query("UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_agent = $1", [agent]);
  const signInAgain = async (back: RegExp) => {
    await expect(page.getByRole('alert')).toContainText('what you wrote is kept');
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(back);
    await expect(page.getByText('What you wrote is back in the form')).toBeVisible();
  };
  await signIn(page, EDITOR);

  // A category: the form posts to its page (a server action).
  const name = `Kept ${randomUUID().slice(0, 8)}`;
  await page.goto('/admin/categories/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description (optional)').fill('Typed as the session ended.');
  await endSession();
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fcategories%2Fnew%3Fkept%3D[0-9a-f-]{36}&unsaved=kept$/);
  await signInAgain(/\/admin\/categories\/new\?kept=[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await expect(page.getByLabel('Description (optional)')).toHaveValue('Typed as the session ended.');
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Created\./);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // A figure: the form posts to a route of its own, which reads the form only for a cookie the site issued.
  await page.goto('/admin/figures/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Kind').selectOption('THING');
  await page.getByLabel('Short description').fill('Typed as the session ended, again.');
  await endSession();
  await page.getByRole('button', { name: 'Create figure' }).click();
  await signInAgain(/\/admin\/figures\/new\?kept=[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await expect(page.getByLabel('Kind')).toHaveValue('THING');
  await expect(page.getByLabel('Short description')).toHaveValue('Typed as the session ended, again.');

  // Given back once: the same address again finds nothing.
  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('');
  await expect(page.getByText('What you wrote is back in the form')).toHaveCount(0);

  // Only to the editor who typed it: someone else signing in on that login page gets an empty form.
  await page.goto('/admin/categories/new');
  await page.getByLabel('Name').fill(`${name} (not for the admin)`);
  await endSession();
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByRole('alert')).toContainText('what you wrote is kept');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/categories\/new\?kept=[0-9a-f-]{36}$/);
  await expect(page.getByLabel('Name')).toHaveValue('');

  // A form whose page gives nothing back promises nothing: the login page says nothing was changed.
  await page.goto('/admin/comparisons/new');
  await page.getByLabel('Figure A (left)').selectOption({ index: 1 });
  await db.query("UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_agent = $1", [agent]);
  await page.getByRole('button', { name: /Create/ }).click();
  await expect(page).toHaveURL(/&unsaved=1$/);
  await expect(page.getByRole('alert')).toContainText('nothing was changed');
  await db.end();
  await context.close();
});
