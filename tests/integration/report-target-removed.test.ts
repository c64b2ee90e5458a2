// A reader opens the report form for a table row or a section, an editor removes that row or
// section, then the reader sends the form: nothing is stored, the reader is told why, and the
// form comes back for the comparison as a whole with everything they typed.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { createReport } from '@/lib/db/reports';
import { issueFormToken } from '@/lib/reports/form-token';
import { decodeReportState, REPORT_STATE_HEADER, type ReportFormState } from '@/lib/reports/state';
import { MIN_FILL_MS, submitReport } from '@/lib/reports/submit';
import { POST } from '@/app/(public)/report/[slug]/submit/route';
import { createReportedComparison } from '../support/report-factories';
import { startTestServer, type TestServer } from '../support/test-server';

const TYPED = {
  message: 'The year of birth is wrong, see the parish register.',
  suggestedValue: 'Born 1816, not 1815',
  sourceUrl: 'https://example.org/register',
  email: 'reader@example.test',
};
const GONE_ROW = 'The row you were reporting on is no longer in this comparison';
const GONE_SECTION = 'The section you were reporting on is no longer in this comparison';

const address = () => `192.0.2.${randomUUID()}`;
const formToken = () => issueFormToken(Date.now() - MIN_FILL_MS - 60_000);
const reportsOn = (comparisonId: number) => db.report.count({ where: { comparisonId } });

// The form page a refused plain post renders, as this server process would serve it: here, what
// it was asked for (path and handed-over state) is answered back, to be checked.
let formPages: TestServer;
let port: string | undefined;
type Rendered = { path: string; state: ReportFormState | null };

beforeAll(async () => {
  formPages = await startTestServer((request: IncomingMessage, response) => {
    const header = request.headers[REPORT_STATE_HEADER];
    const rendered: Rendered = { path: request.url ?? '', state: decodeReportState(typeof header === 'string' ? header : null) };
    response.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify(rendered));
  });
  port = process.env.PORT;
  process.env.PORT = String(formPages.port);
});

afterAll(async () => {
  if (port === undefined) delete process.env.PORT;
  else process.env.PORT = port;
  await formPages.close();
  await disconnectDb();
});

function post(slug: string, fields: Record<string, string>, accept?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address(), ...(accept ? { accept } : {}) };
  return POST(new Request(`http://localhost/report/${slug}/submit`, { method: 'POST', body: new URLSearchParams(fields).toString(), headers }), { params: Promise.resolve({ slug }) });
}

describe('a report on a row or section removed while the form was open', () => {
  it('stores nothing and offers the comparison as a whole, for a row and for a section', async () => {
    const page = await createReportedComparison();
    await db.comparisonRow.delete({ where: { id: page.rowId } });
    await db.comparisonSection.delete({ where: { id: page.sectionId } });
    const send = async (fields: Record<string, string>) => submitReport({ slug: page.comparison.slug, fields: { ...TYPED, ...fields }, formToken: await formToken(), honeypot: undefined, ip: address() });

    const whole = { comparison: { id: page.comparison.id, slug: page.comparison.slug }, row: null, section: null };
    expect(await send({ rowId: String(page.rowId), side: 'A' })).toMatchObject({ ok: false, status: 409, message: expect.stringContaining(GONE_ROW), retarget: whole });
    expect(await send({ sectionId: String(page.sectionId) })).toMatchObject({ ok: false, status: 409, message: expect.stringContaining(GONE_SECTION), retarget: whole });
    expect(await reportsOn(page.comparison.id)).toBe(0);

    // Sent again about the comparison as a whole, the same text is accepted.
    expect(await send({})).toMatchObject({ ok: true });
    const { email, ...stored } = TYPED;
    expect(await db.report.findFirstOrThrow({ where: { comparisonId: page.comparison.id } })).toMatchObject({ ...stored, reporterEmail: email, rowId: null, sectionId: null, side: null });
  });

  it('is not found when the comparison itself is no longer published', async () => {
    const page = await createReportedComparison();
    await db.comparisonRow.delete({ where: { id: page.rowId } });
    await db.comparison.update({ where: { id: page.comparison.id }, data: { status: 'DRAFT' } });
    const outcome = await submitReport({ slug: page.comparison.slug, fields: { ...TYPED, rowId: String(page.rowId), side: 'B' }, formToken: await formToken(), honeypot: undefined, ip: address() });
    expect(outcome).toMatchObject({ ok: false, status: 404 });
    expect(outcome).not.toHaveProperty('retarget');
  });

  it('stores nothing, and says so, when the row goes between the check and the insert', async () => {
    const page = await createReportedComparison();
    await db.comparisonRow.delete({ where: { id: page.rowId } });
    const created = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', message: TYPED.message, suggestedValue: '1816', ipHash: 'a'.repeat(64) });
    expect(created).toBeNull();
    expect(await reportsOn(page.comparison.id)).toBe(0);
  });
});

describe('POST /report/{slug}/submit for a removed row or section', () => {
  it('answers the inline form 409 with the message and the comparison to report on, and a token it can send again with', async () => {
    const page = await createReportedComparison();
    await db.comparisonRow.delete({ where: { id: page.rowId } });
    const refused = await post(page.comparison.slug, { ...TYPED, rowId: String(page.rowId), side: 'B', formToken: await formToken() }, 'application/json');
    expect(refused.status).toBe(409);
    const answer = (await refused.json()) as { ok: boolean; message: string; formToken: string; retarget: unknown };
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining(GONE_ROW), retarget: { comparison: { id: page.comparison.id }, row: null, section: null } });

    // What the form sends once retargeted: the same text, without the row.
    const accepted = await post(page.comparison.slug, { ...TYPED, formToken: answer.formToken }, 'application/json');
    expect(accepted.status).toBe(201);
    expect(await reportsOn(page.comparison.id)).toBe(1);
  });

  it('gives a browser without JavaScript the form for the whole comparison, under 409, with everything typed', async () => {
    const page = await createReportedComparison();
    await db.comparisonRow.delete({ where: { id: page.rowId } });
    const token = await formToken();
    const response = await post(page.comparison.slug, { ...TYPED, rowId: String(page.rowId), side: 'A', formToken: token }, 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const rendered = (await response.json()) as Rendered;
    // No row in the address: the page shows the form for the comparison as a whole.
    expect(rendered.path).toBe(`/report/${page.comparison.slug}`);
    expect(rendered.state).toMatchObject({ message: expect.stringContaining(GONE_ROW), values: TYPED, formToken: token });
    expect(await reportsOn(page.comparison.id)).toBe(0);
  });

  it('keeps the field messages of a form refused for its fields, said of the whole comparison, when its section is gone too', async () => {
    const page = await createReportedComparison();
    await db.comparisonSection.delete({ where: { id: page.sectionId } });
    const fields = { ...TYPED, message: 'Too short', email: 'not-an-email' };
    const response = await post(page.comparison.slug, { ...fields, sectionId: String(page.sectionId), formToken: await formToken() });
    expect(response.status).toBe(400);
    const rendered = (await response.json()) as Rendered;
    expect(rendered.path).toBe(`/report/${page.comparison.slug}`);
    expect(rendered.state).toMatchObject({
      message: expect.stringMatching(new RegExp(`^${GONE_SECTION}.*Check the highlighted fields\\.$`)),
      fieldErrors: { message: [expect.any(String)], email: [expect.any(String)] },
      values: fields,
    });

    // With JavaScript, the same refusal also names the comparison to report on instead.
    const json = await post(page.comparison.slug, { ...fields, sectionId: String(page.sectionId), formToken: await formToken() }, 'application/json');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ message: expect.stringContaining(GONE_SECTION), retarget: { section: null } });
  });

  it('still answers the form for the row itself while the row is there', async () => {
    const page = await createReportedComparison();
    const response = await post(page.comparison.slug, { ...TYPED, message: 'Too short', rowId: String(page.rowId), side: 'A', formToken: await formToken() });
    expect(response.status).toBe(400);
    const rendered = (await response.json()) as Rendered;
    expect(rendered.path).toBe(`/report/${page.comparison.slug}?row=${page.rowId}&side=A`);
    expect(rendered.state?.message).toBe('Check the highlighted fields.');
  });
});
