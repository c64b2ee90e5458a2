import { clientIp } from '@/lib/auth/client-ip';
import { getReportTarget } from '@/lib/db/reports';
import { issueFormToken } from '@/lib/reports/form-token';
import { MAX_BODY_BYTES, submitReport, type SubmitOutcome } from '@/lib/reports/submit';
import { encodeReportState } from '@/lib/reports/state';
import { positiveInt } from '@/lib/url-params';
import { reportFormData } from '@/lib/validation/reports';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A fresh form token and the target's details, for the inline form (JavaScript). */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const url = new URL(request.url);
  const positive = (name: string) => positiveInt(url.searchParams.getAll(name)) ?? undefined;
  const target = await getReportTarget({ slug, rowId: positive('row'), sectionId: positive('section') });
  if (!target) return Response.json({ error: { code: 'NOT_FOUND', message: 'That comparison, row or section is not published.' } }, { status: 404, headers: NO_STORE });
  return Response.json({ formToken: await issueFormToken(), target }, { headers: NO_STORE });
}

/** Reads at most `limit` bytes of the body; null when it is longer. */
async function readBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Receives a report. With `Accept: application/json` (the inline form) it answers JSON; a plain
 * form post (no JavaScript) gets a redirect to the tracking page, or the form again, with the
 * reader's text kept, under a real status: 400, 404, 413 or 429 (with Retry-After).
 */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === null) {
    const outcome: SubmitOutcome = { ok: false, status: 413, message: 'That report is too long to send. Shorten it and try again.' };
    return wantsJson ? Response.json(outcome, { status: 413, headers: NO_STORE }) : new Response(outcome.message, { status: 413, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  let form: FormData;
  try {
    form = await new Request(request.url, { method: 'POST', headers: { 'content-type': request.headers.get('content-type') ?? '' }, body: Buffer.from(body) }).formData();
  } catch {
    const outcome: SubmitOutcome = { ok: false, status: 400, message: 'The report could not be read. Please use the form on the page.' };
    return Response.json(outcome, { status: 400, headers: NO_STORE });
  }
  const fields = reportFormData(form);
  const outcome = await submitReport({
    slug,
    fields,
    formToken: form.get('formToken')?.toString(),
    honeypot: form.get('website')?.toString(),
    ip: clientIp(request.headers),
  });
  const retryAfter = !outcome.ok && outcome.retryInMinutes ? { 'Retry-After': String(outcome.retryInMinutes * 60) } : undefined;

  if (wantsJson) {
    return Response.json(outcome.ok ? { ok: true, trackingUrl: `/reports/${outcome.token}`, grouped: outcome.grouped } : outcome, {
      status: outcome.ok ? 201 : outcome.status,
      headers: { ...NO_STORE, ...retryAfter },
    });
  }
  if (outcome.ok) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/reports/${outcome.token}?new=1` } });

  // No JavaScript: show the form page again, with the messages and the reader's text, under the real status.
  const page = new URL(`/report/${encodeURIComponent(slug)}`, internalOrigin(request));
  for (const [name, key] of [['rowId', 'row'], ['side', 'side'], ['sectionId', 'section']] as const) {
    if (fields[name]) page.searchParams.set(key, fields[name]!);
  }
  const rendered = await fetch(page, { headers: { 'x-report-state': encodeReportState({ message: outcome.message, fieldErrors: outcome.fieldErrors, values: fields }) }, cache: 'no-store' });
  return new Response(await rendered.text(), { status: outcome.status, headers: { ...NO_STORE, ...retryAfter, 'Content-Type': 'text/html; charset=utf-8' } });
}

/** This server itself, reached directly (not through any proxy in front of it). */
function internalOrigin(request: Request): string {
  const port = process.env.PORT || new URL(request.url).port || '3000';
  return `http://127.0.0.1:${port}`;
}
