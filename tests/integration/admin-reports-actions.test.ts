// The report decision actions, with the session, Next's cache and navigation and the outbox
// sender replaced: guard -> parse -> decide -> refresh exactly the changed pages -> send the
// queued messages -> show the decision; on refusal the input comes back and nothing changes.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';

vi.mock('@/lib/auth/session', () => ({ requireActor: vi.fn() }));
vi.mock('@/lib/cache/revalidate', () => ({ revalidateFigure: vi.fn(), revalidateComparison: vi.fn(), revalidateCorrections: vi.fn() }));
vi.mock('@/lib/email/outbox-worker', () => ({ kickOutbox: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: vi.fn((url: string) => {
    throw new Redirect(url);
  }),
}));

class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const { requireActor } = await import('@/lib/auth/session');
const { revalidateCorrections, revalidateFigure } = await import('@/lib/cache/revalidate');
const { kickOutbox } = await import('@/lib/email/outbox-worker');
const { acceptFixedReportAction, acceptReportAction, markDuplicateReportAction, markSpamReportAction, rejectReportAction } = await import('@/lib/actions/reports');
const { initialActionResult } = await import('@/lib/actions/result');
const { db, disconnectDb } = await import('@/lib/db/client');
const { runInRequest } = await import('@/lib/cache/request-clock.mjs');
const { refusedDecision } = await import('@/lib/reports/refused-decision');
const { createActor } = await import('../support/figure-factories');
const { createReport, createReportedComparison, readerEmail } = await import('../support/report-factories');
const { form } = await import('./authorization/types');

afterAll(() => disconnectDb());

let actor: Actor;
beforeEach(async () => {
  vi.clearAllMocks();
  actor = await createActor('EDITOR', 'Action Editor');
  vi.mocked(requireActor).mockResolvedValue(actor);
});

async function run(action: Promise<unknown>): Promise<{ redirect: string } | Record<string, unknown>> {
  try {
    return (await action) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

/**
 * `handle` run as the handling of a form post, as the server runs an action and then the page
 * answering it: sent by the browser itself (without JavaScript), or by Next's client (the
 * Next-Action header).
 */
function posted<T>(handle: () => Promise<T>, { javaScript = false } = {}): Promise<T> {
  const request = { method: 'POST', headers: javaScript ? { 'next-action': '7f00' } : {} } as unknown as IncomingMessage;
  return runInRequest(Date.now(), handle, { request });
}

describe('report decision actions', () => {
  it('accept and apply: refreshes the figure’s pages and the corrections, sends the message, shows the decision', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', reporterEmail: readerEmail() });
    const result = await run(
      acceptReportAction(
        initialActionResult,
        form({ id: report.id, version: 1, side: 'B', factVersion: 1, value: ' 1792 ', sourceUrl: '', resolution: '', publishNotice: 'yes', noticeText: 'Charles was born in 1792.' }),
      ),
    );
    expect(result).toEqual({ redirect: `/admin/reports/${report.id}?done=applied` });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: page.b.id, slug: page.b.slug });
    expect(revalidateCorrections).toHaveBeenCalledWith({ id: page.comparison.id, slug: page.comparison.slug });
    expect(kickOutbox).toHaveBeenCalledTimes(1);
    expect(await db.fact.findUniqueOrThrow({ where: { id: page.factB.id }, select: { value: true } })).toEqual({ value: '1792' });
  });

  it('reject without an email or a notice: no page to refresh, nothing to send', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    const result = await run(rejectReportAction(initialActionResult, form({ id: report.id, version: 1, resolution: 'The page already says so.', confirm: 'yes' })));
    expect(result).toEqual({ redirect: `/admin/reports/${report.id}?done=rejected` });
    expect(revalidateFigure).not.toHaveBeenCalled();
    expect(revalidateCorrections).not.toHaveBeenCalled();
    expect(kickOutbox).not.toHaveBeenCalled();
  });

  it('keeps the input and changes nothing when a field is invalid or the confirmation is missing', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A' });
    const applied = await run(acceptReportAction(initialActionResult, form({ id: report.id, version: 1, side: 'A', factVersion: 1, value: '', sourceUrl: 'javascript:alert(1)', publishNotice: 'yes', noticeText: 'short' })));
    expect(applied).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { value: ['Enter the corrected value.'], sourceUrl: [expect.stringContaining('https://')], noticeText: [expect.stringContaining('at least 10')] },
      values: { sourceUrl: 'javascript:alert(1)', noticeText: 'short', publishNotice: 'yes' },
    });
    const rejected = await run(rejectReportAction(initialActionResult, form({ id: report.id, version: 1, resolution: 'Not a mistake at all.' })));
    expect(rejected).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining('Tick the box')] }, values: { resolution: 'Not a mistake at all.' } });
    const spam = await run(markSpamReportAction(initialActionResult, form({ id: report.id, version: 1 })));
    expect(spam).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    const duplicate = await run(markDuplicateReportAction(initialActionResult, form({ id: report.id, version: 1, duplicateOfId: '', confirm: 'yes' })));
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { duplicateOfId: ['Choose the report this one repeats.'] } });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: 'OPEN' });
  });

  it('tells the second editor who decided first, and how', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    await run(markSpamReportAction(initialActionResult, form({ id: report.id, version: 1, confirm: 'yes' })));
    vi.mocked(requireActor).mockResolvedValue(await createActor('ADMIN', 'Late Admin'));
    const late = await run(rejectReportAction(initialActionResult, form({ id: report.id, version: 1, resolution: 'It is not wrong at all.', confirm: 'yes' })));
    expect(late).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/^This report was already decided: Action Editor marked it as spam on .+\. Nothing was changed\.$/), values: { resolution: 'It is not wrong at all.' } });
    expect((late as { conflict?: unknown }).conflict).toBeUndefined();
  });

  it('shows a typed-in revision number that does not exist next to the box it was typed in', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    const result = await run(acceptFixedReportAction(initialActionResult, form({ id: report.id, version: 1, revisionId: 'other', otherRevisionId: '999999999' })));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { otherRevisionId: [expect.stringContaining('There is no revision 999999999')] }, values: { otherRevisionId: '999999999' } });
  });

  it('refuses a signed-out caller before reading anything', async () => {
    vi.mocked(requireActor).mockRejectedValue(new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.'));
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    const result = await run(markSpamReportAction(initialActionResult, form({ id: report.id, version: 1, confirm: 'yes' })));
    expect(result).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: 'OPEN' });
  });

  it('without JavaScript, keeps a decision refused because the report was decided meanwhile for the page, with what was typed', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });
    await run(markSpamReportAction(initialActionResult, form({ id: report.id, version: 1, decision: 'spam', confirm: 'yes' })));
    vi.mocked(requireActor).mockResolvedValue(await createActor('ADMIN', 'Late Admin'));
    const late = { id: report.id, version: 1, decision: 'apply', side: 'B', factVersion: 1, value: '1792', sourceUrl: 'https://example.org/register', resolution: 'Thank you: the register says 1792.' };

    // The page answering the post finds the refusal for its report (and only for its report).
    const answered = await posted(async () => ({ result: await run(acceptReportAction(initialActionResult, form(late))), onPage: refusedDecision(report.id), elsewhere: refusedDecision(report.id + 1) }));
    expect(answered.result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/^This report was already decided: Action Editor marked it as spam/) });
    expect(answered.onPage).toMatchObject({ ok: false, code: 'CONFLICT', values: { decision: 'apply', value: '1792', sourceUrl: 'https://example.org/register', resolution: 'Thank you: the register says 1792.' } });
    expect(answered.elsewhere).toBeNull();

    // Refused before reaching the report (the box left unticked): the page, finding it decided, still has to say so.
    const unticked = await posted(async () => {
      await run(rejectReportAction(initialActionResult, form({ id: report.id, version: 1, decision: 'reject', resolution: 'The register agrees with the page.' })));
      return refusedDecision(report.id);
    });
    expect(unticked).toMatchObject({ code: 'VALIDATION', values: { decision: 'reject', resolution: 'The register agrees with the page.' } });

    // With JavaScript the form shows the action's result itself; outside a request there is nothing to note.
    const withJavaScript = await posted(
      async () => {
        await run(acceptReportAction(initialActionResult, form(late)));
        return refusedDecision(report.id);
      },
      { javaScript: true },
    );
    expect(withJavaScript).toBeNull();
    expect(await run(acceptReportAction(initialActionResult, form(late)))).toMatchObject({ code: 'CONFLICT' });
    expect(refusedDecision(report.id)).toBeNull();
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: 'SPAM' });
    expect(await db.fact.findUniqueOrThrow({ where: { id: page.factB.id }, select: { value: true } })).toEqual({ value: '1791' });
  });

  it('without JavaScript, notes nothing when the decision is saved', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    const answered = await posted(async () => ({ result: await run(markSpamReportAction(initialActionResult, form({ id: report.id, version: 1, decision: 'spam', confirm: 'yes' }))), onPage: refusedDecision(report.id) }));
    expect(answered).toEqual({ result: { redirect: `/admin/reports/${report.id}?done=spam` }, onPage: null });
  });
});
