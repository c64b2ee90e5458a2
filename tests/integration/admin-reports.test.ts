// The editors' decisions on readers' reports, against the database: each decision is one
// transaction (the fact, the report, its group, the notice, the audit and the messages commit
// together or not at all); the races between editors are in admin-reports-race.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db, disconnectDb } from '@/lib/db/client';
import { listCorrectionNotices } from '@/lib/db/corrections';
import { saveFact } from '@/lib/db/facts';
import { acceptReportAsFixed, acceptReportWithFact, markReportDuplicate, markReportSpam, rejectReport } from '@/lib/db/report-decisions';
import { getReportForTracking } from '@/lib/db/reports';
import { env } from '@/lib/env';
import { acceptApplySchema, acceptFixedSchema, duplicateSchema, rejectSchema, spamSchema } from '@/lib/validation/report-decisions';
import { createActor } from '../support/figure-factories';
import { createReport, createReportedComparison, readerEmail } from '../support/report-factories';

afterAll(() => disconnectDb());

const apply = (values: Record<string, unknown>) => acceptApplySchema.parse({ version: 1, factVersion: 1, side: 'B', ...values });
const reject = (values: Record<string, unknown>) => rejectSchema.parse({ version: 1, confirm: 'yes', resolution: 'The parish register gives 1791; the page is right.', ...values });

async function outboxFor(to: string) {
  return db.outboxMessage.findMany({ where: { to }, select: { subject: true, body: true } });
}

describe('accepting and applying a row report', () => {
  it('writes the fact revision, resolves the report and links them, with a notice, an audit trail and a message, in one go', async () => {
    const editor = await createActor('EDITOR', 'Edna Editor');
    const page = await createReportedComparison();
    const email = readerEmail();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', reporterEmail: email, sourceUrl: 'https://example.org/register' });

    const decided = await acceptReportWithFact({
      actor: editor,
      input: apply({ id: report.id, value: '18 December 1791', sourceUrl: 'https://example.org/register', resolution: 'Corrected from the register.', publishNotice: 'yes', noticeText: 'Charles was born on 18 December 1791, not in 1792.' }),
    });

    const [fact, stored, revision, notice, audit] = await Promise.all([
      db.fact.findUniqueOrThrow({ where: { id: page.factB.id }, select: { value: true, sourceUrl: true, version: true } }),
      db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, resolution: true, revisionId: true, decidedById: true, decidedAt: true, version: true } }),
      db.revision.findFirstOrThrow({ where: { entityType: 'FACT', entityId: page.factB.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, snapshot: true, message: true } }),
      db.correctionNotice.findFirstOrThrow({ where: { reportId: report.id }, select: { text: true, comparisonId: true, authorId: true } }),
      db.auditEvent.findMany({ where: { actorId: editor.id }, select: { action: true, targetType: true, targetId: true } }),
    ]);
    expect(fact).toEqual({ value: '18 December 1791', sourceUrl: 'https://example.org/register', version: 2 });
    expect(revision).toMatchObject({ version: 2, snapshot: { value: '18 December 1791' }, message: `Correction from reader report #${report.id}` });
    expect(stored).toMatchObject({ status: 'ACCEPTED', resolution: 'Corrected from the register.', revisionId: revision.id, decidedById: editor.id, decidedAt: expect.any(Date), version: 2 });
    expect(notice).toEqual({ text: 'Charles was born on 18 December 1791, not in 1792.', comparisonId: page.comparison.id, authorId: editor.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['correction.published', 'fact.corrected', 'report.accepted']);
    expect(decided).toMatchObject({ status: 'ACCEPTED', figure: { id: page.b.id, slug: page.b.slug }, revisionId: revision.id, noticePublished: true, messagesQueued: 1 });

    const [message] = await outboxFor(email);
    expect(message!.subject).toBe(`Your report on ${page.comparison.title ?? 'Ada vs. Charles'}: corrected`);
    expect(message!.body).toContain(`${env.siteUrl}/reports/${report.token}`);
    expect(message!.body).toContain('Corrected from the register.');
    expect(message!.body).toContain('Charles was born on 18 December 1791, not in 1792.');
    expect(await getReportForTracking({ token: report.token })).toMatchObject({ status: 'ACCEPTED', notice: { text: 'Charles was born on 18 December 1791, not in 1792.' } });
  });

  it('refuses a fact saved since the page was loaded, and changes nothing at all', async () => {
    const [editor, other] = await Promise.all([createActor(), createActor('EDITOR', 'Quick Editor')]);
    const page = await createReportedComparison();
    const email = readerEmail();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', suggestedValue: '1816', reporterEmail: email });
    // Someone edits the fact after the editor opened the report (which showed version 1).
    await saveFact({ actor: other, input: { figureId: page.a.id, attributeId: page.attribute.id, version: 1, value: '10 December 1815', message: '' } });

    const refused = acceptReportWithFact({ actor: editor, input: apply({ id: report.id, side: 'A', factVersion: 1, value: '1816', publishNotice: 'yes', noticeText: 'Ada was born in 1816, we said 1815.' }) });
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', details: { conflict: { version: 2, theirs: { value: '10 December 1815' }, changedBy: 'Quick Editor' } } });

    expect(await db.fact.findUniqueOrThrow({ where: { id: page.factA.id }, select: { value: true, version: true } })).toEqual({ value: '10 December 1815', version: 2 });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, version: true, revisionId: true, decidedAt: true } })).toEqual({ status: 'OPEN', version: 1, revisionId: null, decidedAt: null });
    expect(await db.correctionNotice.count({ where: { reportId: report.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: editor.id } })).toBe(0);
    expect(await outboxFor(email)).toEqual([]);
  });
});

describe('grouped reports', () => {
  it('are decided with the report they are grouped with, each audited and told; one decided on its own keeps its decision', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const emails = [readerEmail(), readerEmail()];
    const first = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', reporterEmail: emails[0] });
    const second = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', duplicateOfId: first.id, reporterEmail: emails[1] });
    const third = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', duplicateOfId: first.id });
    const separate = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792', duplicateOfId: first.id });
    await markReportSpam({ actor: editor, input: spamSchema.parse({ id: separate.id, version: 1, confirm: 'yes' }) });

    const decided = await rejectReport({ actor: editor, input: reject({ id: first.id }) });
    expect(decided.decidedIds).toEqual([first.id, second.id, third.id]);
    const rows = await db.report.findMany({ where: { id: { in: [first.id, second.id, third.id, separate.id] } }, orderBy: { id: 'asc' }, select: { status: true, resolution: true, decidedById: true } });
    expect(rows.map((r) => r.status)).toEqual(['REJECTED', 'REJECTED', 'REJECTED', 'SPAM']);
    expect(rows.slice(0, 3).every((r) => r.resolution === 'The parish register gives 1791; the page is right.' && r.decidedById === editor.id)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'report.rejected', targetId: { in: [first.id, second.id, third.id].map(String) } } })).toBe(3);
    // Each reader who left an email gets a message with their own tracking link.
    for (const [email, token] of [[emails[0]!, first.token], [emails[1]!, second.token]] as const) {
      const messages = await outboxFor(email);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.body).toContain(`${env.siteUrl}/reports/${token}`);
    }
    expect(decided.messagesQueued).toBe(2);
  });

  it('applying a correction links every report of the group to the new revision', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const first = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', suggestedValue: '1816' });
    const second = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', suggestedValue: '1816', duplicateOfId: first.id });
    const { revisionId } = await acceptReportWithFact({ actor: editor, input: apply({ id: first.id, side: 'A', value: '1816' }) });
    const rows = await db.report.findMany({ where: { id: { in: [first.id, second.id] } }, select: { status: true, revisionId: true } });
    expect(rows).toEqual([
      { status: 'ACCEPTED', revisionId },
      { status: 'ACCEPTED', revisionId },
    ]);
  });
});

describe('rejecting', () => {
  it('shows the reason on the reader’s tracking page, and nothing about the reader', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const email = readerEmail();
    const report = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, reporterEmail: email, ipHash: 'f'.repeat(64) });
    await rejectReport({ actor: editor, input: reject({ id: report.id, resolution: 'Both did live in London; the section is right.' }) });
    const tracking = await getReportForTracking({ token: report.token });
    expect(tracking).toMatchObject({ status: 'REJECTED', resolution: 'Both did live in London; the section is right.', decidedAt: expect.any(Date), target: 'the section “Lives”' });
    const json = JSON.stringify(tracking);
    for (const secret of [email, 'f'.repeat(64), editor.email, editor.name]) expect(json).not.toContain(secret);
    const [message] = await outboxFor(email);
    expect(message).toMatchObject({ subject: expect.stringContaining('not changed'), body: expect.stringContaining('Both did live in London; the section is right.') });
  });
});

describe('marking as a duplicate', () => {
  it('points the report at another report on the same page; its own group stays with it', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const original = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: 'born 1792' });
    const grouped = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: 'born 1792', duplicateOfId: report.id });
    await markReportDuplicate({ actor: editor, input: duplicateSchema.parse({ id: report.id, version: 1, duplicateOfId: original.id, confirm: 'yes' }) });
    const rows = await db.report.findMany({ where: { id: { in: [original.id, report.id, grouped.id] } }, orderBy: { id: 'asc' }, select: { status: true, duplicateOfId: true } });
    expect(rows).toEqual([
      { status: 'OPEN', duplicateOfId: null },
      { status: 'DUPLICATE', duplicateOfId: original.id },
      { status: 'DUPLICATE', duplicateOfId: report.id },
    ]);
    expect(await getReportForTracking({ token: grouped.token })).toMatchObject({ status: 'DUPLICATE' });
  });

  it('shows its reader the outcome of the report it duplicates once that is decided, but never a spam flag', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const original = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId });
    const report = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, message: 'The same mistake, in other words.' });
    await markReportDuplicate({ actor: editor, input: duplicateSchema.parse({ id: report.id, version: 1, duplicateOfId: original.id, confirm: 'yes' }) });
    expect(await getReportForTracking({ token: report.token })).toMatchObject({ status: 'DUPLICATE', resolution: null });
    await rejectReport({ actor: editor, input: reject({ id: original.id, resolution: 'The section is right as it stands.' }) });
    expect(await getReportForTracking({ token: report.token })).toMatchObject({ status: 'REJECTED', resolution: 'The section is right as it stands.' });

    const spam = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId });
    const copy = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId, message: 'Copied from the spam.' });
    await markReportDuplicate({ actor: editor, input: duplicateSchema.parse({ id: copy.id, version: 1, duplicateOfId: spam.id, confirm: 'yes' }) });
    await markReportSpam({ actor: editor, input: spamSchema.parse({ id: spam.id, version: 1, confirm: 'yes' }) });
    expect(await getReportForTracking({ token: copy.token })).toMatchObject({ status: 'DUPLICATE' });
  });

  it('refuses a report of another comparison, the report itself and a report grouped with it', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const elsewhere = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id });
    const grouped = await createReport({ comparisonId: page.comparison.id, duplicateOfId: report.id });
    const foreign = await createReport({ comparisonId: elsewhere.comparison.id });
    for (const duplicateOfId of [foreign.id, report.id, grouped.id]) {
      await expect(markReportDuplicate({ actor: editor, input: duplicateSchema.parse({ id: report.id, version: 1, duplicateOfId, confirm: 'yes' }) })).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fieldErrors: { duplicateOfId: [expect.any(String)] } },
      });
    }
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({ status: 'OPEN' });
  });
});

describe('accepting a report fixed by hand', () => {
  it('links the revision that fixed it, and refuses revisions that do not exist or are about something else', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const elsewhere = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId });
    const mine = await saveFact({ actor: editor, input: { figureId: page.a.id, attributeId: page.attribute.id, version: 1, value: '1815 (London)', message: '' } });
    const theirs = await saveFact({ actor: editor, input: { figureId: elsewhere.a.id, attributeId: elsewhere.attribute.id, version: 1, value: '1815 (Paris)', message: '' } });
    const fixed = (revisionId: number | string) => acceptFixedSchema.parse({ id: report.id, version: 1, revisionId: 'other', otherRevisionId: String(revisionId) });

    await expect(acceptReportAsFixed({ actor: editor, input: fixed(999_999_999) })).rejects.toMatchObject({ code: 'VALIDATION', message: 'There is no revision 999999999.' });
    await expect(acceptReportAsFixed({ actor: editor, input: fixed(theirs.revisionId) })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('is not about this comparison') });
    const decided = await acceptReportAsFixed({ actor: editor, input: fixed(mine.revisionId) });
    expect(decided).toMatchObject({ status: 'ACCEPTED', revisionId: mine.revisionId, figure: null });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, revisionId: true } })).toEqual({ status: 'ACCEPTED', revisionId: mine.revisionId });
  });
});

describe('correction notices', () => {
  it('are listed at /corrections, newest first, linked to their page', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const older = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId });
    const newer = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A' });
    const revision = await saveFact({ actor: editor, input: { figureId: page.a.id, attributeId: page.attribute.id, version: 1, value: '1815 (London)', message: '' } });
    await acceptReportAsFixed({ actor: editor, input: acceptFixedSchema.parse({ id: older.id, version: 1, revisionId: String(revision.revisionId), publishNotice: 'yes', noticeText: 'The section now says where they lived.' }) });
    await acceptReportWithFact({ actor: editor, input: apply({ id: newer.id, side: 'A', factVersion: 2, value: '1815', publishNotice: 'yes', noticeText: 'Ada’s year of birth was restored.' }) });

    const { items } = await listCorrectionNotices({ page: 1, pageSize: 200 });
    const mine = items.filter((i) => i.comparison.id === page.comparison.id);
    expect(mine.map((i) => i.text)).toEqual(['Ada’s year of birth was restored.', 'The section now says where they lived.']);
    expect(mine[0]!.comparison.slug).toBe(page.comparison.slug);
  });
});

describe('messages to readers', () => {
  it('are queued only for reports with an email, and never for spam', async () => {
    const editor = await createActor();
    const page = await createReportedComparison();
    const email = readerEmail();
    const silent = await createReport({ comparisonId: page.comparison.id });
    const spam = await createReport({ comparisonId: page.comparison.id, reporterEmail: email });
    expect((await rejectReport({ actor: editor, input: reject({ id: silent.id }) })).messagesQueued).toBe(0);
    expect((await markReportSpam({ actor: editor, input: spamSchema.parse({ id: spam.id, version: 1, confirm: 'yes' }) })).messagesQueued).toBe(0);
    expect(await outboxFor(email)).toEqual([]);
  });
});

describe('the reader’s text', () => {
  it('is stored and handed to the editors exactly as typed, markup included', async () => {
    const page = await createReportedComparison();
    const payload = '<img src=x onerror=alert(1)> & <script>alert("x")</script> "quoted" \'single\'';
    const report = await createReport({ comparisonId: page.comparison.id, message: payload, suggestedValue: '<b>1792</b>' });
    const { getReportForDecision } = await import('@/lib/db/report-review');
    expect(await getReportForDecision({ actor: await createActor(), id: report.id })).toMatchObject({ message: payload, suggestedValue: '<b>1792</b>' });
  });
});

describe('authorization in the data layer', () => {
  it('refuses every read and decision without a signed-in editor, and changes nothing', async () => {
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A' });
    const anonymous = null as unknown as Actor;
    const { countOpenReports, listReportQueue, listReportedComparisons } = await import('@/lib/db/report-queue');
    const { getReportForDecision, listRevisionChoices } = await import('@/lib/db/report-review');
    const { listOutboxMessages } = await import('@/lib/db/outbox');
    const calls = [
      () => countOpenReports({ actor: anonymous }),
      () => listReportQueue({ actor: anonymous, filters: { status: 'OPEN', page: 1 } }),
      () => listReportedComparisons({ actor: anonymous }),
      () => getReportForDecision({ actor: anonymous, id: report.id }),
      () => listRevisionChoices({ actor: anonymous, comparisonId: page.comparison.id }),
      () => listOutboxMessages({ actor: anonymous, page: 1, pageSize: 10 }),
      () => acceptReportWithFact({ actor: anonymous, input: apply({ id: report.id, side: 'A', value: 'x' }) }),
      () => acceptReportAsFixed({ actor: anonymous, input: acceptFixedSchema.parse({ id: report.id, version: 1, revisionId: '1' }) }),
      () => rejectReport({ actor: anonymous, input: reject({ id: report.id }) }),
      () => markReportDuplicate({ actor: anonymous, input: duplicateSchema.parse({ id: report.id, version: 1, duplicateOfId: 1, confirm: 'yes' }) }),
      () => markReportSpam({ actor: anonymous, input: spamSchema.parse({ id: report.id, version: 1, confirm: 'yes' }) }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, version: true } })).toEqual({ status: 'OPEN', version: 1 });
  });
});
