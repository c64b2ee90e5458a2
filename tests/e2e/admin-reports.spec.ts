import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { connectToE2eDatabase, readFact, writeFact, type FactRef } from './support/database';
import { startMailbox } from './support/mailbox';
import { signIn } from './support/login';
import { editorPage, reader, reportId, rowId, sendReport, withDatabase } from './support/reports';

// Readers' reports from the editors' side. Readers get addresses of their own (the e2e server
// trusts one proxy hop) and text unique to the run, so retries and parallel tests never group
// their reports with each other's.
//
// The scenario changes Stalin's "Years in Power", which other specs read (reading.spec.ts and
// browsing.spec.ts look for "1924-1953" in it; accessibility.spec.ts and api.spec.ts compare it
// exactly), so playwright.config.ts runs this file after all of them. The original value is
// also written back (and the pages revalidated) as soon as the public page has been checked,
// so a retry starts from the demo content.
test.describe.configure({ timeout: 150_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REVALIDATE_SECRET = 'e2e-revalidate-secret';
const STALIN_YEARS: FactRef = { figure: 'stalin', attribute: 'years-in-power' };

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const today = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());

test('[EDITOR][REPORTS] a reader’s correction of Stalin’s years in power is accepted, applied and published, and the readers are told by email', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const suggestion = `1924-1953 (General Secretary from 1922) [${stamp}]`;
  const notice = `Stalin’s years in power now say that he led the party from 1922 (${stamp}).`;
  const emails = [`first-${stamp}@example.test`, `second-${stamp}@example.test`];
  const mailbox = await startMailbox();
  const db = await connectToE2eDatabase(testInfo);
  const original = await readFact(db, STALIN_YEARS);
  try {
    // A reader reports the value inline, with JavaScript.
    const first = await (await reader(browser)).newPage();
    await first.goto('/lenin-vs-stalin');
    await first.getByRole('link', { name: /Report an error in Stalin: Years in Power/ }).click();
    const dialog = first.getByRole('dialog', { name: 'Report an inaccuracy' });
    await dialog.getByLabel('What is wrong? (required)').fill(`Stalin was General Secretary from 1922, before Lenin died (${stamp}).`);
    await dialog.getByLabel('Suggested correction (optional)').fill(suggestion);
    await dialog.getByLabel('Your email (optional, only to tell you what we did)').fill(emails[0]!);
    await first.waitForTimeout(3000);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(dialog.getByText('Thank you.')).toBeVisible();
    const firstTracking = (await dialog.getByRole('link', { name: /\/reports\// }).getAttribute('href'))!;

    // The same report, sent with JavaScript disabled, through /report/lenin-vs-stalin: grouped with the first.
    const second = await (await reader(browser, { javaScriptEnabled: false })).newPage();
    await second.goto('/lenin-vs-stalin');
    await second.getByRole('link', { name: /Report an error in Stalin: Years in Power/ }).click();
    await expect(second).toHaveURL(/\/report\/lenin-vs-stalin\?row=\d+&side=B$/);
    await second.getByLabel('What is wrong? (required)').fill(`Same here: he ran the party from 1922 (${stamp}).`);
    await second.getByLabel('Suggested correction (optional)').fill(suggestion);
    await second.getByLabel('Your email (optional, only to tell you what we did)').fill(emails[1]!);
    await second.waitForTimeout(3000);
    await second.getByRole('button', { name: 'Send report' }).click();
    await expect(second).toHaveURL(/\/reports\/[A-Za-z0-9_-]+\?new=1$/);
    await expect(second.getByText('Waiting for an editor')).toBeVisible();
    const secondTracking = new URL(second.url()).pathname;

    // An editor signs in, sees the badge and opens the report from the queue.
    const editor = await editorPage(browser, EDITOR);
    const badge = editor.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: /^Reports, \d+ open$/ });
    await expect(badge).toBeVisible();
    await badge.click();
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Reports');
    await editor.getByLabel('Comparison').selectOption({ label: 'Lenin vs. Stalin' });
    await editor.getByRole('button', { name: 'Filter' }).click();
    await expect(editor).toHaveURL(/comparison=\d+/);
    const row = editor.getByRole('row').filter({ hasText: stamp });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2 readers reported this');
    await expect(row).toContainText('Row “Years in Power”, Stalin');
    await row.getByRole('link', { name: /^Report #\d+$/ }).click();

    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(/^Report #\d+ on Lenin vs\. Stalin$/);
    await expect(editor.getByText('2 readers reported this')).toBeVisible();
    await expect(editor.getByRole('heading', { name: 'Current value (Stalin)' }).locator('..')).toContainText(original);
    await expect(editor.getByRole('heading', { name: 'Suggested value' }).locator('..')).toContainText(suggestion);
    await expect(editor.getByRole('link', { name: 'View the public page' })).toHaveAttribute('href', '/lenin-vs-stalin');

    const apply = editor.locator('details').filter({ has: editor.locator('summary', { hasText: 'Accept and apply to Years in Power of Stalin' }) });
    await expect(apply.getByLabel('New value of Years in Power for Stalin')).toHaveValue(suggestion);
    await apply.getByLabel('Note to the reader (optional)').fill('Thank you: the table now says when he took over the party.');
    await apply.getByLabel('Publish a correction notice on the page').check();
    await apply.getByLabel('Notice text').fill(notice);
    await apply.getByRole('button', { name: 'Accept and apply' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Accepted and applied: the public pages show the new value now.' })).toBeVisible();
    await expect(editor.getByRole('heading', { name: 'Decision: Accepted' })).toBeVisible();
    await expect(editor.getByRole('link', { name: /^Revision #\d+: Years in Power of Stalin, version \d+$/ })).toBeVisible();

    // The public page shows the new value and the notice at once.
    const publicPage = await (await reader(browser)).newPage();
    await publicPage.goto('/lenin-vs-stalin');
    const yearsRow = publicPage.getByRole('table', { name: 'Lenin and Stalin compared' }).getByRole('row', { name: /^Years in Power/ });
    await expect(yearsRow).toContainText(suggestion);
    await expect(publicPage.getByRole('region', { name: 'Corrections' })).toContainText(`Correction, ${today()}: ${notice}`);

    // Put the original value back for the other specs (see the top of this file).
    await writeFact(db, STALIN_YEARS, original);
    expect((await request.post('/api/revalidate', { headers: { Authorization: `Bearer ${REVALIDATE_SECRET}` }, data: { figure: 'stalin' } })).status()).toBe(200);
    await publicPage.reload();
    await expect(yearsRow).not.toContainText(stamp);

    await publicPage.goto('/corrections');
    await expect(publicPage.getByRole('listitem').filter({ hasText: notice }).getByRole('link', { name: 'Lenin vs. Stalin' })).toHaveAttribute('href', '/lenin-vs-stalin');

    // Both readers' tracking pages say accepted, with the editors' note.
    for (const tracking of [firstTracking, secondTracking]) {
      await publicPage.goto(tracking);
      await expect(publicPage.getByText('Accepted', { exact: true })).toBeVisible();
      await expect(publicPage.getByText('Thank you: the table now says when he took over the party.')).toBeVisible();
    }

    // Both readers got an email with their own private tracking link.
    for (const [email, tracking] of [[emails[0]!, firstTracking], [emails[1]!, secondTracking]] as const) {
      await expect.poll(() => mailbox.received.filter((m) => m.to.includes(email)).length, { timeout: 45_000 }).toBe(1);
      const mail = mailbox.received.find((m) => m.to.includes(email))!;
      expect(mail.subject).toBe('Your report on Lenin vs. Stalin: corrected');
      expect(mail.text).toMatch(new RegExp(`^https?://[^/\\s]+${tracking}$`, 'm'));
      expect(mail.text).toContain(notice);
    }
  } finally {
    if ((await readFact(db, STALIN_YEARS)) !== original) {
      await writeFact(db, STALIN_YEARS, original);
      await request.post('/api/revalidate', { headers: { Authorization: `Bearer ${REVALIDATE_SECRET}` }, data: { figure: 'stalin' } });
    }
    await db.end();
    await mailbox.close();
  }
});

test('[EDITOR][REPORTS] markup in a report and in a reason shows as text on the admin, tracking and outbox pages and never runs', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const payload = `<img src=x onerror=alert(1)> <script>alert(2)</script> Athens is older (${stamp})`;
  const token = await sendReport(request, '/report/rome-vs-athens', { message: payload, suggestedValue: `<b>${stamp}</b>`, email: `xss-${stamp}@example.test` });
  const id = await reportId(testInfo, token);
  const comparisonId = await withDatabase(testInfo, async (query) => (await query<{ comparison_id: number }>('SELECT comparison_id FROM reports WHERE id = $1', [id]))[0]!.comparison_id);

  const editor = await editorPage(browser, EDITOR);
  const dialogs: string[] = [];
  editor.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await editor.goto(`/admin/reports?comparison=${comparisonId}`);
  await expect(editor.getByRole('row').filter({ hasText: stamp })).toContainText(payload);
  await editor.goto(`/admin/reports/${id}`);
  await expect(editor.getByRole('blockquote')).toHaveText(payload);
  await expect(editor.getByRole('main').locator('img')).toHaveCount(0);

  const reason = `<img src=x onerror=alert(3)> We checked: Athens is older, as the page says (${stamp}).`;
  await editor.locator('summary', { hasText: 'Reject' }).click();
  await editor.getByLabel('Reason the reader will see').fill(reason);
  await editor.getByLabel(/^Yes, reject this report/).check();
  await editor.getByRole('button', { name: 'Reject report' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Rejected' })).toBeVisible();

  const trackingPage = await (await reader(browser)).newPage();
  trackingPage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await trackingPage.goto(`/reports/${token}`);
  await expect(trackingPage.getByText('Not changed', { exact: true })).toBeVisible();
  await expect(trackingPage.getByText(reason)).toBeVisible();
  await expect(trackingPage.getByRole('main').locator('img')).toHaveCount(0);

  await editor.goto('/admin/outbox');
  const message = editor.getByRole('row').filter({ hasText: `xss-${stamp}@example.test` });
  await message.getByText('Your report on Rome vs. Athens: not changed').click();
  await expect(message).toContainText(reason);
  await expect(editor.getByRole('main').locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('[EDITOR][REPORTS] two editors deciding one report: the second is told who decided it first, and nothing changes', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const token = await sendReport(request, '/report/amazon-river-vs-nile', { message: `The Nile is longer than the page says (${stamp}).`, suggestedValue: stamp });
  const id = await reportId(testInfo, token);
  const [first, second] = await Promise.all([editorPage(browser, EDITOR), editorPage(browser, ADMIN)]);
  await Promise.all([first.goto(`/admin/reports/${id}`), second.goto(`/admin/reports/${id}`)]);

  await first.locator('summary', { hasText: 'Reject' }).click();
  await first.getByLabel('Reason the reader will see').fill('Both lengths are estimates; the page gives the range.');
  // The box must be ticked: without it the browser (and the server) refuse.
  await first.getByRole('button', { name: 'Reject report' }).click();
  await expect(first.getByText('Tick the box to confirm: the reader is told that nothing changes.')).toBeVisible();
  await first.getByLabel(/^Yes, reject this report/).check();
  await first.getByRole('button', { name: 'Reject report' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Rejected: the reader sees your reason on their tracking page.' })).toBeVisible();

  // The second editor still has the page as it was and marks it as spam.
  await second.locator('summary', { hasText: 'Mark as spam' }).click();
  await second.getByLabel('Yes, this is spam').check();
  await second.getByRole('button', { name: 'Mark as spam' }).click();
  await expect(second.getByRole('status').filter({ hasText: /^This report was already decided: Ed Editor rejected it on .+ UTC \(“Both lengths are estimates; the page gives the range\.”\)\. Nothing was changed\.$/ })).toBeVisible();
  await second.getByRole('link', { name: 'Reload the report to see the decision' }).click();
  await expect(second.getByRole('region', { name: 'Decision: Rejected' })).toContainText('Ed Editor');
  await expect(second.locator('summary', { hasText: 'Mark as spam' })).toHaveCount(0);
});

test('[EDITOR][REPORTS] without JavaScript, marking as spam asks for the ticked box first, then shows the decision', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const token = await sendReport(request, '/report/tesla-vs-edison', { message: `Cheap watches at example dot com (${stamp}).`, suggestedValue: stamp });
  const id = await reportId(testInfo, token);
  const editor = await editorPage(browser, EDITOR, { javaScriptEnabled: false });
  await editor.goto(`/admin/reports/${id}`);
  await editor.locator('summary', { hasText: 'Mark as spam' }).click();
  await editor.getByRole('button', { name: 'Mark as spam' }).click();
  // The server refuses it and shows the form again, opened, with the message next to the box.
  await expect(editor.getByText('Tick the box to confirm that this is spam.')).toBeVisible();
  await expect(editor.getByRole('status').filter({ hasText: 'Check the highlighted fields.' })).toBeVisible();
  expect(await withDatabase(testInfo, (query) => query<{ status: string }>('SELECT status FROM reports WHERE id = $1', [id]))).toEqual([{ status: 'OPEN' }]);

  await editor.getByLabel('Yes, this is spam').check();
  await editor.getByRole('button', { name: 'Mark as spam' }).click();
  await expect(editor).toHaveURL(new RegExp(`/admin/reports/${id}\\?done=spam$`));
  await expect(editor.getByRole('status').filter({ hasText: 'Marked as spam' })).toBeVisible();
  await expect(editor.getByRole('region', { name: 'Decision: Spam' })).toContainText('Ed Editor');

  // Spam leaves the open queue and shows when asked for.
  await editor.goto('/admin/reports?status=SPAM');
  await expect(editor.getByRole('row').filter({ hasText: stamp })).toHaveCount(1);
  await editor.goto('/admin/reports?status=all');
  await expect(editor.getByRole('row').filter({ hasText: stamp })).toHaveCount(0);
});

test('[EDITOR][REPORTS] without JavaScript, a decision sent after another editor decided the report says nothing was saved, keeps the reason typed and shows the decision', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const token = await sendReport(request, '/report/tesla-vs-edison', { message: `Edison did not invent the light bulb (${stamp}).` });
  const id = await reportId(testInfo, token);
  const [first, second] = await Promise.all([editorPage(browser, EDITOR, { javaScriptEnabled: false }), editorPage(browser, ADMIN, { javaScriptEnabled: false })]);
  await Promise.all([first.goto(`/admin/reports/${id}`), second.goto(`/admin/reports/${id}`)]);

  const firstReason = `The page says he improved it, not that he invented it (${stamp}).`;
  await first.locator('summary', { hasText: 'Reject' }).click();
  await first.getByLabel('Reason the reader will see').fill(firstReason);
  await first.getByLabel(/^Yes, reject this report/).check();
  await first.getByRole('button', { name: 'Reject report' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Rejected: the reader sees your reason on their tracking page.' })).toBeVisible();

  // The second editor still has the form as it was loaded, and rejects it too, in their own words.
  const secondReason = `Swan and Edison both worked on it; the page is fair (${stamp}).`;
  await second.locator('summary', { hasText: 'Reject' }).click();
  await second.getByLabel('Reason the reader will see').fill(secondReason);
  await second.getByLabel(/^Yes, reject this report/).check();
  const answer = second.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/admin/reports/${id}`);
  await second.getByRole('button', { name: 'Reject report' }).click();
  expect((await answer).status()).toBe(200);
  const notice = second.getByRole('status').filter({ hasText: 'Ed Editor decided this report while you were looking at it; nothing you sent was saved.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(secondReason);
  // The report as it is now: the first editor's decision, and no form to decide it again.
  await expect(second.getByRole('region', { name: 'Decision: Rejected' })).toContainText(firstReason);
  await expect(second.locator('summary', { hasText: 'Reject' })).toHaveCount(0);
  expect(await withDatabase(testInfo, (query) => query<{ status: string; resolution: string }>('SELECT status, resolution FROM reports WHERE id = $1', [id]))).toEqual([{ status: 'REJECTED', resolution: firstReason }]);
  await first.context().close();
  await second.context().close();
});

test('[EDITOR][REPORTS] without JavaScript, a reason typed as the session ended is back in the reject form after signing in again', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const token = await sendReport(request, '/report/tesla-vs-edison', { message: `The dates look wrong to me (${stamp}).` });
  const id = await reportId(testInfo, token);
  // A browser of its own, so that its session alone can be ended (sessions record the user agent).
  const agent = `kept-decision-${stamp}`;
  const editor = await (await browser.newContext({ javaScriptEnabled: false, userAgent: agent })).newPage();
  await signIn(editor, EDITOR);
  await editor.goto(`/admin/reports/${id}`);
  await editor.locator('summary', { hasText: 'Reject' }).click();
  const reason = `Both dates match the sources we cite (${stamp}).`;
  await editor.getByLabel('Reason the reader will see').fill(reason);
  await editor.getByLabel(/^Yes, reject this report/).check();
  await withDatabase(testInfo, (query) => query("UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_agent = $1", [agent]));
  await editor.getByRole('button', { name: 'Reject report' }).click();
  await expect(editor.getByRole('alert')).toContainText('what you wrote is kept');
  await editor.getByLabel('Email').fill(EDITOR.email);
  await editor.getByLabel('Password').fill(EDITOR.password);
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor).toHaveURL(new RegExp(`/admin/reports/${id}\\?kept=[0-9a-f-]{36}$`));
  // Back in the form it was typed in (opened), not in another decision's.
  await expect(editor.getByLabel('Reason the reader will see')).toHaveValue(reason);
  await expect(editor.getByText('What you wrote is back in the form')).toBeVisible();
  expect(await withDatabase(testInfo, (query) => query<{ status: string }>('SELECT status FROM reports WHERE id = $1', [id]))).toEqual([{ status: 'OPEN' }]);
  await editor.getByLabel(/^Yes, reject this report/).check();
  await editor.getByRole('button', { name: 'Reject report' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Rejected' })).toBeVisible();
  await editor.context().close();
});

test('[EDITOR][REPORTS] the queue, a report and the outbox have no accessibility violations and work from the keyboard', async ({ browser, request }, testInfo) => {
  const stamp = randomUUID().slice(0, 8);
  const row = await rowId(testInfo, 'mount-everest-vs-k2', 'Elevation');
  const token = await sendReport(request, `/report/mount-everest-vs-k2?row=${row}&side=B`, { message: `K2 is measured differently now (${stamp}).`, suggestedValue: `8,611 m [${stamp}]`, sourceUrl: 'https://example.org/k2' });
  const id = await reportId(testInfo, token);
  const editor = await editorPage(browser, EDITOR);

  await editor.goto('/admin/reports');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Reports');
  expect(await axeViolations(editor)).toEqual([]);

  // Filtering from the keyboard: the status filter, then the Filter button.
  await editor.getByLabel('Status').focus();
  await editor.getByLabel('Status').selectOption('all');
  await editor.getByRole('button', { name: 'Filter' }).press('Enter');
  await expect(editor).toHaveURL(/status=all/);
  await expect(editor.getByRole('status').filter({ hasText: '(spam left out)' })).toBeVisible();

  await editor.goto(`/admin/reports/${id}`);
  await expect(editor.getByRole('link', { name: 'https://example.org/k2' })).toHaveAttribute('rel', 'nofollow noopener');
  // Every decision folded out, so all forms are checked.
  const closed = editor.locator('details:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left = await closed.count()) {
    await closed.first().focus();
    await editor.keyboard.press('Enter');
    await expect(closed).toHaveCount(left - 1);
  }
  expect(await axeViolations(editor)).toEqual([]);

  await editor.goto('/admin/outbox');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Outbox');
  expect(await axeViolations(editor)).toEqual([]);
});
