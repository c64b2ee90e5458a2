// The editors' queue and the one-screen view of a report, and spam: hidden from the queue and
// counted against the sender's (hashed) address until it is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { saveFact } from '@/lib/db/facts';
import { markReportSpam, rejectReport } from '@/lib/db/report-decisions';
import { listReportQueue } from '@/lib/db/report-queue';
import { getReportForDecision, listRevisionChoices } from '@/lib/db/report-review';
import { issueFormToken } from '@/lib/reports/form-token';
import { readQueueFilters, type QueueFilters } from '@/lib/reports/queue-filters';
import { hashAddress, MIN_FILL_MS, SPAM_LIMIT, submitReport } from '@/lib/reports/submit';
import { rejectSchema, spamSchema } from '@/lib/validation/report-decisions';
import { createActor } from '../support/figure-factories';
import { createReport, createReportedComparison, readerEmail } from '../support/report-factories';

afterAll(() => disconnectDb());

const DAY = 24 * 60 * 60 * 1000;

function queue(comparisonId: number, filters: Partial<QueueFilters> = {}, pageSize?: number) {
  return createActor().then((actor) => listReportQueue({ actor, filters: { status: 'OPEN', page: 1, comparisonId, ...filters }, pageSize }));
}

describe('the queue', () => {
  it('shows open reports oldest first, each group once with its count of readers, and hides spam unless asked for', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const now = Date.now();
    const old = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, createdAt: new Date(now - 10 * DAY) });
    const head = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', createdAt: new Date(now - 2 * DAY) });
    for (let i = 0; i < 2; i++) await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', duplicateOfId: head.id });
    const spam = await createReport({ comparisonId: page.comparison.id, message: 'Buy cheap watches at example dot com', createdAt: new Date(now - DAY) });
    await markReportSpam({ actor: editor, input: spamSchema.parse({ id: spam.id, version: 1, confirm: 'yes' }) });

    const open = await queue(page.comparison.id);
    expect(open.items.map((i) => [i.id, i.readers, i.target])).toEqual([
      [old.id, 1, 'Section “Lives”'],
      [head.id, 3, 'Row “Born”, Charles'],
    ]);
    expect(open.total).toBe(2);
    expect((await queue(page.comparison.id, { status: 'all' })).items.map((i) => i.id)).toEqual([old.id, head.id]);
    expect((await queue(page.comparison.id, { status: 'SPAM' })).items.map((i) => i.id)).toEqual([spam.id]);

    // Decided together, the group still shows once, under its new status.
    await rejectReport({ actor: editor, input: rejectSchema.parse({ id: head.id, version: 1, resolution: 'The register says 1791.', confirm: 'yes' }) });
    expect((await queue(page.comparison.id)).items.map((i) => i.id)).toEqual([old.id]);
    expect((await queue(page.comparison.id, { status: 'REJECTED' })).items.map((i) => [i.id, i.readers])).toEqual([[head.id, 3]]);
  });

  it('filters by target and by age', async () => {
    const page = await createReportedComparison();
    const now = Date.now();
    const row = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', createdAt: new Date(now - 40 * DAY) });
    const section = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, createdAt: new Date(now - 3 * DAY) });
    const whole = await createReport({ comparisonId: page.comparison.id, createdAt: new Date(now - 60 * 1000) });
    const ids = async (filters: Partial<QueueFilters>) => (await queue(page.comparison.id, filters)).items.map((i) => i.id);
    expect(await ids({ target: 'row' })).toEqual([row.id]);
    expect(await ids({ target: 'section' })).toEqual([section.id]);
    expect(await ids({ target: 'page' })).toEqual([whole.id]);
    expect(await ids({ age: 'day' })).toEqual([whole.id]);
    expect(await ids({ age: 'week' })).toEqual([section.id, whole.id]);
    expect(await ids({ age: 'older-week' })).toEqual([row.id]);
    expect(await ids({ age: 'older-month' })).toEqual([row.id]);
  });

  it('pages through reports created in the same instant without repeating or skipping one', async () => {
    const page = await createReportedComparison();
    const at = new Date(Date.now() - DAY);
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await createReport({ comparisonId: page.comparison.id, createdAt: at })).id);
    const seen: number[] = [];
    for (let p = 1; p <= 3; p++) {
      const result = await queue(page.comparison.id, { page: p }, 2);
      expect(result).toMatchObject({ page: p, totalPages: 3, total: 5 });
      seen.push(...result.items.map((i) => i.id));
    }
    expect(seen).toEqual(created);
  });

  it('reads its filters from the URL, defaulting to open reports', () => {
    expect(readQueueFilters({})).toEqual({ status: 'OPEN', page: 1, comparisonId: undefined, target: undefined, age: undefined });
    expect(readQueueFilters({ status: 'spam', comparison: '12', target: 'row', age: 'older-week', page: '3' })).toEqual({ status: 'SPAM', comparisonId: 12, target: 'row', age: 'older-week', page: 3 });
    expect(readQueueFilters({ status: 'bogus', comparison: '-1', target: 'x', age: '1y', page: '0' })).toMatchObject({ status: 'OPEN', comparisonId: undefined, target: undefined, age: undefined, page: 1 });
  });
});

describe('one report, on one screen', () => {
  it('shows what the reader points at as it is now, the grouped reports, the other reports on the page and the recent revisions', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', sourceUrl: 'https://example.org/register', reporterEmail: readerEmail() });
    const grouped = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', duplicateOfId: report.id, message: 'Same here: 1792.' });
    const other = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, message: 'The section misses Paris.' });
    const saved = await saveFact({ actor: editor, input: { figureId: page.a.id, attributeId: page.attribute.id, version: 1, value: '1815 (London)', message: 'More precise' } });

    const view = await getReportForDecision({ actor: editor, id: report.id });
    expect(view).toMatchObject({
      status: 'OPEN',
      version: 1,
      suggestedValue: '1792',
      sourceUrl: 'https://example.org/register',
      hasEmail: true,
      target: 'Row “Born”, Charles',
      comparison: { id: page.comparison.id, slug: page.comparison.slug, title: 'Ada vs. Charles' },
      row: { attribute: { label: 'Born' }, factA: { value: '1815 (London)', version: 2 }, factB: { value: '1791', version: 1, sourceUrl: 'https://example.org/charles' } },
      section: null,
      decision: null,
    });
    expect(view!.grouped.map((g) => [g.id, g.message])).toEqual([[grouped.id, 'Same here: 1792.']]);
    expect(view!.others.map((o) => [o.id, o.target])).toEqual([[other.id, 'Section “Lives”']]);
    expect(JSON.stringify(view)).not.toContain('@example.test');

    const choices = await listRevisionChoices({ actor: editor, comparisonId: page.comparison.id });
    expect(choices[0]).toMatchObject({ id: saved.revisionId, label: 'Born of Ada', version: 2, message: 'More precise', href: `/admin/figures/${page.a.id}/facts/${page.attribute.id}/history` });
  });

  it('shows the decision and its history once decided, and null for a report that does not exist', async () => {
    const editor = await createActor('EDITOR', 'Deciding Dora');
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    await rejectReport({ actor: editor, input: rejectSchema.parse({ id: report.id, version: 1, resolution: 'The page says so already.', confirm: 'yes' }) });
    const view = await getReportForDecision({ actor: editor, id: report.id });
    expect(view!.decision).toMatchObject({ status: 'REJECTED', decidedBy: 'Deciding Dora', resolution: 'The page says so already.', decidedAt: expect.any(Date) });
    expect(view!.history).toMatchObject([{ action: 'report.rejected', actor: 'Deciding Dora' }]);
    expect(await getReportForDecision({ actor: editor, id: 2_000_000_000 })).toBeNull();
  });
});

describe('spam', () => {
  async function send(slug: string, ip: string) {
    const now = Date.now();
    return submitReport({ slug, fields: { message: `Something is wrong here (${randomUUID().slice(0, 6)}).` }, formToken: await issueFormToken(now - MIN_FILL_MS - 1000), honeypot: undefined, ip, now });
  }

  it(`refuses new reports from an address with ${SPAM_LIMIT.max} spam marks in ${SPAM_LIMIT.windowDays} days, and says when to retry`, async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const ip = `198.51.100.${randomUUID()}`;
    const ipHash = await hashAddress(ip);
    // A mark older than the window does not count.
    await createReport({ comparisonId: page.comparison.id, ipHash, status: 'SPAM', createdAt: new Date(Date.now() - (SPAM_LIMIT.windowDays + 1) * DAY) });
    for (let i = 0; i < SPAM_LIMIT.max; i++) {
      expect(await send(page.comparison.slug, ip)).toMatchObject({ ok: true });
      const latest = await db.report.findFirstOrThrow({ where: { ipHash, status: 'OPEN' }, orderBy: { id: 'desc' }, select: { id: true } });
      await markReportSpam({ actor: editor, input: spamSchema.parse({ id: latest.id, version: 1, confirm: 'yes' }) });
    }
    const refused = await send(page.comparison.slug, ip);
    expect(refused).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/^We cannot accept reports from your network at the moment\. Please try again in (29|30) days\.$/) });
    expect(await db.report.count({ where: { ipHash } })).toBe(SPAM_LIMIT.max + 1);
    // Other addresses are not affected.
    expect(await send(page.comparison.slug, `198.51.100.${randomUUID()}`)).toMatchObject({ ok: true });
  });
});
