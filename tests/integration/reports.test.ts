import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { deleteExpiredCounters, reserveHit } from '@/lib/db/rate-limits';
import { getReportForTracking, getReportTarget } from '@/lib/db/reports';
import { formAge, issueFormToken } from '@/lib/reports/form-token';
import { GET, POST } from '@/app/(public)/report/[slug]/submit/route';
import { LIMITS, MAX_BODY_BYTES, MAX_FORM_AGE_MS, MIN_FILL_MS, submitReport } from '@/lib/reports/submit';
import { createAttribute, createComparison, createFigure } from '../support/factories';

afterAll(() => disconnectDb());

async function publishedComparison() {
  const attribute = await createAttribute({ label: 'Born' });
  const a = await createFigure({ name: 'Ada', facts: [{ attributeId: attribute.id, value: '1815' }] });
  const b = await createFigure({ name: 'Charles', facts: [{ attributeId: attribute.id, value: '1791' }] });
  const comparison = await createComparison({ a, b, attributeIds: [attribute.id], sections: [{ heading: 'Lives', body: 'Text.' }] });
  const rows = await db.comparisonRow.findMany({ where: { comparisonId: comparison.id }, select: { id: true } });
  const sections = await db.comparisonSection.findMany({ where: { comparisonId: comparison.id }, select: { id: true } });
  return { comparison, rowId: rows[0]!.id, sectionId: sections[0]!.id };
}

const address = () => `192.0.2.${randomUUID()}`;

async function send(slug: string, fields: Record<string, string | undefined>, options: { ip?: string; honeypot?: string; age?: number } = {}) {
  const now = Date.now();
  return submitReport({ slug, fields, formToken: await issueFormToken(now - (options.age ?? MIN_FILL_MS + 1000)), honeypot: options.honeypot, ip: options.ip ?? address(), now });
}

const MESSAGE = 'The year of birth is wrong, see the parish register.';

describe('reader reports', () => {
  it('stores a report as typed and gives a private tracking token that reveals nothing about the reporter', async () => {
    const { comparison, rowId } = await publishedComparison();
    const message = '<script>alert("x")</script> is not a year & neither is <b>this</b>';
    const outcome = await send(comparison.slug, { message, rowId: String(rowId), side: 'A', suggestedValue: '1816', email: 'reader@example.test', sourceUrl: 'https://example.org/register' });
    expect(outcome).toMatchObject({ ok: true, grouped: false });
    if (!outcome.ok) return;
    const stored = await db.report.findUniqueOrThrow({ where: { token: outcome.token } });
    expect(stored).toMatchObject({ message, suggestedValue: '1816', reporterEmail: 'reader@example.test', side: 'A', rowId, status: 'OPEN' });
    expect(stored.ipHash).toMatch(/^[0-9a-f]{64}$/);
    const tracking = await getReportForTracking({ token: outcome.token });
    expect(tracking).toMatchObject({ status: 'OPEN', target: 'the row “Born” (Ada)' });
    expect(JSON.stringify(tracking)).not.toContain('reader@example.test');
  });

  it('refuses the honeypot and submissions faster than a person could type', async () => {
    const { comparison } = await publishedComparison();
    expect(await send(comparison.slug, { message: MESSAGE }, { honeypot: 'https://spam.example' })).toMatchObject({ ok: false, status: 400 });
    expect(await send(comparison.slug, { message: MESSAGE }, { age: MIN_FILL_MS - 500 })).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('very quick') });
    const forged = await submitReport({ slug: comparison.slug, fields: { message: MESSAGE }, formToken: '1000.forged', honeypot: undefined, ip: address() });
    expect(forged).toMatchObject({ ok: false, status: 400 });
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(0);
  });

  it('refuses javascript: and other non-web links, and bad emails, with field messages', async () => {
    const { comparison } = await publishedComparison();
    for (const sourceUrl of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'example.org']) {
      expect(await send(comparison.slug, { message: MESSAGE, sourceUrl })).toMatchObject({ ok: false, status: 400, fieldErrors: { sourceUrl: [expect.stringContaining('http')] } });
    }
    expect(await send(comparison.slug, { message: MESSAGE, email: 'not-an-email' })).toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    expect(await send(comparison.slug, { message: 'too short' })).toMatchObject({ fieldErrors: { message: [expect.stringContaining('at least 10')] } });
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(0);
  });

  it(`accepts exactly ${LIMITS[0].max} of ${LIMITS[0].max + 3} reports from one address in ${LIMITS[0].windowMinutes} minutes, then says when to retry`, async () => {
    const { comparison } = await publishedComparison();
    const ip = address();
    const outcomes = [];
    for (let i = 0; i < LIMITS[0].max + 3; i++) outcomes.push(await send(comparison.slug, { message: `${MESSAGE} (${i})` }, { ip }));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(LIMITS[0].max);
    const refused = outcomes.filter((o) => !o.ok);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ status: 429, retryInMinutes: expect.any(Number), message: expect.stringContaining('try again in') });
    expect(await send(comparison.slug, { message: MESSAGE })).toMatchObject({ ok: true });
  });

  it('limits reports per comparison across addresses', async () => {
    const { comparison } = await publishedComparison();
    const limit = LIMITS.find((l) => l.scope === 'comparison')!;
    const outcomes = [];
    for (let i = 0; i < limit.max + 2; i++) outcomes.push(await send(comparison.slug, { message: `${MESSAGE} (${i})` }));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(limit.max);
    expect(outcomes.at(-1)).toMatchObject({ status: 429 });
  });

  it('accepts exactly the limit of a burst of reports sent at once from one address', async () => {
    const { comparison } = await publishedComparison();
    const limit = LIMITS[0];
    const ip = address();
    const outcomes = await Promise.all(Array.from({ length: 3 * limit.max }, (_, i) => send(comparison.slug, { message: `${MESSAGE} (burst ${i})` }, { ip })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(limit.max);
    expect(outcomes.filter((o) => !o.ok && o.status === 429)).toHaveLength(2 * limit.max);
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(limit.max);
  });

  it('sweeps away only the counters whose windows have passed', async () => {
    const key = `sweep:${randomUUID()}`;
    await reserveHit({ key, windowMinutes: 10, max: 5, now: Date.now() - 3 * 60 * 60_000 });
    await reserveHit({ key, windowMinutes: 10, max: 5 });
    await deleteExpiredCounters();
    expect(await db.rateLimitCounter.count({ where: { key } })).toBe(1);
  });

  it('groups an open report with the same target and suggestion under the earlier one', async () => {
    const { comparison, rowId, sectionId } = await publishedComparison();
    const first = await send(comparison.slug, { message: MESSAGE, rowId: String(rowId), side: 'B', suggestedValue: '1792' });
    const same = await send(comparison.slug, { message: 'Also wrong, I think.', rowId: String(rowId), side: 'B', suggestedValue: ' 1792 ' });
    const otherSide = await send(comparison.slug, { message: MESSAGE, rowId: String(rowId), side: 'A', suggestedValue: '1792' });
    const otherSuggestion = await send(comparison.slug, { message: MESSAGE, rowId: String(rowId), side: 'B', suggestedValue: '1790' });
    const section = await send(comparison.slug, { message: MESSAGE, sectionId: String(sectionId) });
    expect([first, same, otherSide, otherSuggestion, section].map((o) => o.ok && o.grouped)).toEqual([false, true, false, false, false]);
    const original = await db.report.findFirstOrThrow({ where: { comparisonId: comparison.id, duplicateOfId: null, side: 'B', suggestedValue: '1792' } });
    expect(await db.report.count({ where: { duplicateOfId: original.id } })).toBe(1);
  });

  it('never groups reports that suggest nothing: the suggestion box sent back as it was counts as none', async () => {
    const { comparison, rowId, sectionId } = await publishedComparison();
    const target = await getReportTarget({ slug: comparison.slug, rowId });
    const current = target!.row!.valueB!;
    const sections = [await send(comparison.slug, { message: MESSAGE, sectionId: String(sectionId) }), await send(comparison.slug, { message: 'Another thing is wrong here.', sectionId: String(sectionId) })];
    const rows = [
      await send(comparison.slug, { message: MESSAGE, rowId: String(rowId), side: 'B', suggestedValue: current }),
      await send(comparison.slug, { message: 'Something else about this value.', rowId: String(rowId), side: 'B', suggestedValue: current }),
    ];
    expect([...sections, ...rows].map((o) => o.ok && o.grouped)).toEqual([false, false, false, false]);
    expect(await db.report.count({ where: { comparisonId: comparison.id, rowId, suggestedValue: null } })).toBe(2);
  });

  it('has no target for a row and a section at once: a form for both could never be sent', async () => {
    const { comparison, rowId, sectionId } = await publishedComparison();
    expect(await getReportTarget({ slug: comparison.slug, rowId })).toMatchObject({ row: { id: rowId }, section: null });
    expect(await getReportTarget({ slug: comparison.slug, sectionId })).toMatchObject({ row: null, section: { id: sectionId } });
    expect(await getReportTarget({ slug: comparison.slug, rowId, sectionId })).toBeNull();
  });

  it('refuses reports on drafts, and on rows of other comparisons (as on a removed row: the comparison as a whole is offered)', async () => {
    const { comparison } = await publishedComparison();
    const other = await publishedComparison();
    expect(await send(comparison.slug, { message: MESSAGE, rowId: String(other.rowId), side: 'A' })).toMatchObject({ ok: false, status: 409, retarget: { comparison: { id: comparison.id }, row: null } });
    await db.comparison.update({ where: { id: comparison.id }, data: { status: 'DRAFT' } });
    expect(await send(comparison.slug, { message: MESSAGE })).toMatchObject({ ok: false, status: 404 });
    expect(await db.report.count({ where: { comparisonId: { in: [comparison.id, other.comparison.id] } } })).toBe(0);
  });
});

describe('the report route (POST /report/{slug}/submit)', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (slug: string, body: BodyInit, headers: Record<string, string>) =>
    POST(new Request(`http://localhost/report/${slug}/submit`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit), { params: Promise.resolve({ slug }) });

  it('refuses a body over 64 KB with 413, whether declared or streamed, and stores nothing', async () => {
    const { comparison, sectionId } = await publishedComparison();
    const before = await db.report.count({ where: { comparisonId: comparison.id } });
    const oversized = form({ message: 'x'.repeat(MAX_BODY_BYTES), sectionId: String(sectionId), formToken: await issueFormToken(Date.now() - 60_000) });
    const declared = await post(comparison.slug, oversized, { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, message: expect.stringContaining('too long') });

    // No Content-Length: the route stops reading once the stream passes the limit.
    const bytes = new TextEncoder().encode(oversized);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1024) controller.enqueue(bytes.subarray(i, i + 1024));
        controller.close();
      },
    });
    const streamed = await post(comparison.slug, stream, { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
    expect(streamed.status).toBe(413);
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(before);
  });

  it('drops NUL characters from a report and refuses a row id no database row can have, with a message, never an error', async () => {
    const { comparison, sectionId } = await publishedComparison();
    const token = await issueFormToken(Date.now() - 60_000);
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': address() };
    const stored = await post(comparison.slug, form({ message: `${MESSAGE}\0 with a NUL`, sectionId: String(sectionId), formToken: token }), headers);
    expect(stored.status).toBe(201);
    const { trackingUrl } = (await stored.json()) as { trackingUrl: string };
    const report = await db.report.findFirstOrThrow({ where: { comparisonId: comparison.id }, orderBy: { id: 'desc' }, select: { message: true, token: true } });
    expect(trackingUrl).toBe(`/reports/${report.token}`);
    expect(report.message).toBe(`${MESSAGE} with a NUL`);

    const tooLarge = await post(comparison.slug, form({ message: MESSAGE, rowId: '9999999999', side: 'A', formToken: token }), headers);
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toMatchObject({ ok: false, fieldErrors: { rowId: [expect.any(String)] } });
  });

  it('refuses a form open for more than a day, and hands back a new token that is accepted', async () => {
    const { comparison, sectionId } = await publishedComparison();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': address() };
    const fields = { message: MESSAGE, sectionId: String(sectionId) };
    const stale = await post(comparison.slug, form({ ...fields, formToken: await issueFormToken(Date.now() - MAX_FORM_AGE_MS - 60_000) }), headers);
    expect(stale.status).toBe(400);
    const refusal = (await stale.json()) as { message: string; formToken: string };
    expect(refusal.message).toContain('open for more than a day');
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(0);

    // The new token is a real one, dated now: accepted once a person could have typed the report.
    expect(await formAge(refusal.formToken)).toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 100));
    const accepted = await post(comparison.slug, form({ ...fields, formToken: refusal.formToken }), headers);
    expect(accepted.status).toBe(201);
  });

  it('hands a form refused for a field its own token back, so a reader who corrects it and sends again at once is not taken for a bot', async () => {
    const { comparison, sectionId } = await publishedComparison();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': address() };
    const token = await issueFormToken(Date.now() - MIN_FILL_MS - 1000);
    const refused = await post(comparison.slug, form({ message: 'Too short', sectionId: String(sectionId), formToken: token }), headers);
    expect(refused.status).toBe(400);
    const refusal = (await refused.json()) as { formToken: string };
    expect(refusal.formToken).toBe(token);
    const accepted = await post(comparison.slug, form({ message: MESSAGE, sectionId: String(sectionId), formToken: refusal.formToken }), headers);
    expect(accepted.status).toBe(201);

    // Too quick: the same token comes back, so the wait counts from when the form was shown.
    const quick = await issueFormToken(Date.now() - 1000);
    const early = (await (await post(comparison.slug, form({ message: MESSAGE, sectionId: String(sectionId), formToken: quick }), headers)).json()) as { message: string; formToken: string };
    expect(early.message).toContain('very quick');
    expect(early.formToken).toBe(quick);
    // A forged token gets a new, genuine one.
    const forged = (await (await post(comparison.slug, form({ message: MESSAGE, formToken: '1000.forged' }), headers)).json()) as { formToken: string };
    expect(forged.formToken).not.toBe('1000.forged');
    expect(await formAge(forged.formToken)).toBeLessThan(5_000);
  });

  it('accepts the same report under the limit, as a plain form post redirected to its tracking page', async () => {
    const { comparison, sectionId } = await publishedComparison();
    const body = form({ message: MESSAGE, sectionId: String(sectionId), formToken: await issueFormToken(Date.now() - 60_000) });
    const response = await post(comparison.slug, body, { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address() });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/reports\/[A-Za-z0-9_-]{20,64}/);
    expect(await db.report.count({ where: { comparisonId: comparison.id } })).toBe(1);
  });
});

describe('GET /report/{slug}/submit', () => {
  const get = (slug: string, query: string, headers: Record<string, string>) =>
    GET(new Request(`http://localhost/report/${encodeURIComponent(slug)}/submit${query}`, { headers }), { params: Promise.resolve({ slug }) });

  it('gives the inline form (which asks for JSON) a form token and the target', async () => {
    const { comparison, rowId } = await publishedComparison();
    const response = await get(comparison.slug, `?row=${rowId}&side=A`, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ formToken: expect.any(String), target: expect.anything() });
  });

  it('sends a browser reloading the address of a refused plain post back to the form page, with the same row, side or section', async () => {
    const { comparison, rowId } = await publishedComparison();
    for (const accept of ['text/html,application/xhtml+xml,*/*;q=0.8', '*/*', '']) {
      const response = await get(comparison.slug, `?row=${rowId}&side=B`, accept ? { accept } : {});
      expect(response.status, accept).toBe(303);
      expect(response.headers.get('location')).toBe(`/report/${comparison.slug}?row=${rowId}&side=B`);
      expect(response.headers.get('content-type')).toBeNull();
    }
    const plain = await get(comparison.slug, '', { accept: 'text/html' });
    expect(plain.headers.get('location')).toBe(`/report/${comparison.slug}`);
    // Any slug: the page itself answers 404 for one that is not published.
    expect((await get('nobody-vs-nothing', '?section=3', { accept: 'text/html' })).headers.get('location')).toBe('/report/nobody-vs-nothing?section=3');
  });
});
