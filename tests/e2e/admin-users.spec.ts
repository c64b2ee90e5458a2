import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { connectToE2eDatabase } from './support/database';
import { signIn } from './support/login';

// Every test makes its own accounts: the shared ADMIN only manages them, and the shared
// EDITOR is only signed in, so specs running in parallel never lose their accounts.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Several browser contexts and argon2 sign-ins per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

type NewAccount = { email: string; name: string; password: string };

function newPerson(): { email: string; name: string } {
  const id = randomUUID().slice(0, 8);
  return { email: `e2e-user-${id}@example.test`, name: `Una Tester ${id}` };
}

async function signedInPage(browser: Browser, account: { email: string; password: string }, { javaScriptEnabled = true } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Creates an editor through /admin/users/new and returns the temporary password shown. */
async function createAccount(admin: Page, person = newPerson()): Promise<NewAccount> {
  await admin.goto('/admin/users/new');
  await admin.getByLabel('Email').fill(person.email);
  await admin.getByLabel('Name').fill(person.name);
  await admin.getByLabel('Role').selectOption({ label: 'Editor' });
  await admin.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Account created' })).toHaveText(`Account created for ${person.name} (editor).`);
  const password = await admin.getByLabel('Temporary password', { exact: true }).inputValue();
  return { ...person, password };
}

async function signInWithTemporaryPassword(page: Page, account: NewAccount): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/account\?required=1$/);
  await expect(page.getByText('Your password was set by an admin. Choose your own before you continue.')).toBeVisible();
}

/** On the account page: replaces the temporary password with one of the user's own. */
async function chooseOwnPassword(page: Page, account: NewAccount): Promise<string> {
  const chosen = `my own passphrase ${randomUUID().slice(0, 8)} tangerine`;
  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('New password again').fill(chosen);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed.')).toBeVisible();
  return chosen;
}

/** The Action column of the audit table's rows. */
function actionCells(rows: Locator): Locator {
  return rows.locator('td:nth-child(3)');
}

async function openAccount(admin: Page, name: string): Promise<void> {
  await admin.goto('/admin/users');
  await admin.getByRole('link', { name, exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('[ADMIN][USERS] an admin creates a user, sees the temporary password once, and the user must change it first', async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  const person = newPerson();

  await admin.goto('/admin/users');
  await admin.getByRole('link', { name: 'Create a user' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Create a user');
  // Checked in the browser with the server's schema; what was typed stays.
  await admin.getByLabel('Email').fill(person.email);
  await admin.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.getByText('Enter the person’s name.')).toBeVisible();
  await expect(admin.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.getByLabel('Email')).toHaveValue(person.email);

  const account = await createAccount(admin, person);
  expect(account.password).toMatch(/^\S{16,}$/);
  // Shown once: it is not stored anywhere it could be shown again.
  await admin.reload();
  await expect(admin.getByLabel('Temporary password', { exact: true })).toHaveCount(0);
  expect(await admin.content()).not.toContain(account.password);

  await admin.goto('/admin/users');
  const row = admin.getByRole('row').filter({ hasText: account.email });
  await expect(row.getByRole('cell')).toHaveText([account.email, 'Editor', 'Active, temporary password', 'Never']);

  const user = await (await browser.newContext()).newPage();
  await signInWithTemporaryPassword(user, account);
  // Nothing else opens until the password is changed.
  await user.goto('/admin');
  await expect(user).toHaveURL(/\/admin\/account\?required=1$/);

  await chooseOwnPassword(user, account);
  await user.goto('/admin');
  await expect(user.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await admin.reload();
  await expect(row.getByRole('cell')).toHaveText([account.email, 'Editor', 'Active', /UTC$/]);
});

test('[ADMIN][USERS] a disabled user is thrown out at their next click (confirmed without JavaScript)', async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  const account = await createAccount(admin);
  const editor = await (await browser.newContext()).newPage();
  await signInWithTemporaryPassword(editor, account);
  await chooseOwnPassword(editor, account);
  await editor.goto('/admin');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Dashboard');

  // The admin works without JavaScript: the confirmation step is a link, the change a form post.
  const plain = await signedInPage(browser, ADMIN, { javaScriptEnabled: false });
  await openAccount(plain, account.name);
  await plain.getByRole('link', { name: 'Disable account…' }).click();
  await expect(plain.getByRole('heading', { name: `Disable ${account.name}’s account?` })).toBeVisible();
  await plain.getByRole('link', { name: 'Cancel' }).click();
  await expect(plain.getByRole('heading', { name: `Disable ${account.name}’s account?` })).toHaveCount(0);
  await plain.getByRole('link', { name: 'Disable account…' }).click();
  await plain.getByRole('button', { name: 'Yes, disable' }).click();
  await expect(plain.getByRole('status').filter({ hasText: 'disabled' })).toHaveText(`${account.name}’s account is disabled and all their sessions have ended.`);

  await editor.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(editor).toHaveURL(/\/login(\?|$)/);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await editor.getByLabel('Email').fill(account.email);
  await editor.getByLabel('Password').fill(account.password);
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByText('That email and password do not match an active account.')).toBeVisible();
});

test('[ADMIN][AUDIT] the audit log lists account changes and filters them by action', async ({ browser }) => {
  const admin = await signedInPage(browser, ADMIN);
  const account = await createAccount(admin);
  await openAccount(admin, account.name);
  await admin.getByRole('link', { name: 'Reset password…' }).click();
  await admin.getByRole('button', { name: 'Yes, reset password' }).click();
  await expect(admin.getByText(`${account.name} has a new temporary password and has been signed out everywhere.`)).toBeVisible();
  const newPassword = await admin.getByLabel('Temporary password', { exact: true }).inputValue();
  expect(newPassword).not.toBe(account.password);

  await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  const events = admin.getByRole('table', { name: 'Audit events, newest first' });
  const ours = events.getByRole('row').filter({ hasText: account.email });
  await expect(actionCells(ours)).toHaveText(['user.password.reset', 'user.created']);
  await expect(ours.first().getByRole('cell', { name: ADMIN.email, exact: true })).toBeVisible();

  await admin.getByLabel('Action').selectOption('user.created');
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/action=user\.created/);
  await expect(actionCells(ours)).toHaveText(['user.created']);
  expect(new Set(await actionCells(events.getByRole('row')).allTextContents())).toEqual(new Set(['user.created']));

  await admin.getByLabel('Action').selectOption('user.*');
  await admin.getByLabel('Actor (email)').fill(ADMIN.email);
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(actionCells(ours)).toHaveText(['user.password.reset', 'user.created']);
});

test('[EDITOR][USERS] editors get the denied page for users and the audit log', async ({ browser }) => {
  const editor = await signedInPage(browser, EDITOR);
  await expect(editor.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  for (const path of ['/admin/users', '/admin/users/new', '/admin/audit']) {
    await editor.goto(path);
    await expect(editor).toHaveURL(/\/admin\/denied$/);
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  }
});

test.describe('WCAG 2.2 AA', () => {
  async function axeViolations(page: Page) {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }

  test('[ADMIN][ACCESSIBILITY] the users pages and the audit log have no axe violations', async ({ browser }) => {
    const admin = await signedInPage(browser, ADMIN);
    await admin.goto('/admin/users');
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Users');
    expect(await axeViolations(admin)).toEqual([]);

    await admin.goto('/admin/users/new');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByText('Enter a valid email address.')).toBeVisible();
    expect(await axeViolations(admin)).toEqual([]);

    await openAccount(admin, EDITOR.name);
    await admin.getByRole('link', { name: 'Disable account…' }).click();
    await expect(admin.getByRole('button', { name: 'Yes, disable' })).toBeVisible();
    expect(await axeViolations(admin)).toEqual([]);

    await admin.goto('/admin/audit');
    await expect(admin.getByRole('table', { name: 'Audit events, newest first' })).toBeVisible();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.goto('/admin/audit?from=2026-02-30');
    await expect(admin.getByText('Check the highlighted filters.')).toBeVisible();
    expect(await axeViolations(admin)).toEqual([]);
  });
});

test('[ADMIN][USERS] without JavaScript, an account typed when the session ended is back in the form once the admin signs in again', async ({ browser }, testInfo) => {
  // A browser of its own, so that its session alone can be ended (sessions record the user agent).
  const agent = `kept-user-${randomUUID()}`;
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: agent });
  const page = await context.newPage();
  const db = await connectToE2eDatabase(testInfo);
  const person = newPerson();
  await signIn(page, ADMIN);
  await page.goto('/admin/users/new');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Role').selectOption('ADMIN');
  // The session ends on the server (idle too long) while its cookie stays in the browser.
  await db.query("UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_agent = $1", [agent]);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers%2Fnew%3Fkept%3D[0-9a-f-]{36}&unsaved=kept$/);
  await expect(page.getByRole('alert')).toContainText('what you wrote is kept');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/new\?kept=[0-9a-f-]{36}$/);
  await expect(page.getByText('What you wrote is back in the form')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(person.email);
  await expect(page.getByLabel('Name')).toHaveValue(person.name);
  await expect(page.getByLabel('Role')).toHaveValue('ADMIN');
  expect((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [person.email])).rows[0].n, 'nothing was created meanwhile').toBe(0);

  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Account created for ${person.name} (admin).`)).toBeVisible();
  await db.end();
  await context.close();
});
