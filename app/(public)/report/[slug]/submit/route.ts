import { clientIp } from '@/lib/auth/client-ip';
import { getReportTarget } from '@/lib/db/reports';
import { issueFormToken, renewFormToken } from '@/lib/reports/form-token';
import { MAX_BODY_BYTES, MAX_FORM_AGE_MS, submitReport, targetMissing, type SubmitOutcome } from '@/lib/reports/submit';
import { renderPageWithState } from '@/lib/form-state';
import { REPORT_STATE_HEADER } from '@/lib/reports/state';
import { positiveInt } from '@/lib/url-params';
import { readMultipartForm } from '@/lib/http/multipart';
import { reportFormData } from '@/lib/validation/reports';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The inline form (JavaScript) asks for JSON; a browser without it, for a page. */
const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json');

/**
 * A fresh form token and the target's details, for the inline form (JavaScript, which asks with
 * `Accept: application/json`). Anything else is a browser reloading the address a refused plain
 * form post left in its address bar: back to the form page, for the same row, side or section.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const url = new URL(request.url);
  if (!wantsJson(request)) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/report/${encodeURIComponent(slug)}${url.search}` } });
  const positive = (name: string) => positiveInt(url.searchParams.getAll(name)) ?? undefined;
  const target = await getReportTarget({ slug, rowId: positive('row'), sectionId: positive('section') });
  if (!target) return Response.json({ error: { code: 'NOT_FOUND', message: 'That comparison, row or section is not published.' } }, { status: 404, headers: NO_STORE });
  return Response.json({ formToken: await issueFormToken(), target }, { headers: NO_STORE });
}

/**
 * Receives a report. With `Accept: application/json` (the inline form) it answers JSON; a plain
 * form post (no JavaScript) gets a redirect to the tracking page, or the form again, with the
 * reader's text kept, under a real status: 400, 404, 409 (the row or section reported on was
 * removed: the form for the comparison as a whole), 413 or 429 (with Retry-After).
 */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  const read = await readMultipartForm(request, { maxBodyBytes: MAX_BODY_BYTES, maxFileBytes: 0, maxFiles: 0 });
  if (read.kind !== 'read') {
    const outcome = await unlessGone(
      slug,
      {},
      read.kind === 'too-large'
        ? { ok: false, status: 413, message: 'That report is too long to send. Shorten it and try again.' }
        : { ok: false, status: 400, message: 'The report could not be read. Please send it again with the form below.' },
    );
    return wantsJson(request) ? Response.json(outcome, { status: outcome.status, headers: NO_STORE }) : formAgain(request, slug, {}, outcome);
  }
  const form = read.value.form;
  const fields = reportFormData(form);
  const formToken = form.get('formToken')?.toString();
  const submitted = await submitReport({
    slug,
    fields,
    formToken,
    honeypot: form.get('website')?.toString(),
    ip: clientIp(request.headers),
  });
  // A 400 is decided before submitReport looks the comparison up.
  const outcome = !submitted.ok && submitted.status === 400 ? await unlessGone(slug, fields, submitted) : submitted;
  const retryAfter = !outcome.ok && outcome.retryInMinutes ? { 'Retry-After': String(outcome.retryInMinutes * 60) } : undefined;

  if (wantsJson(request)) {
    // A refused form gets a token to send it again with, as the page without JavaScript does.
    const answer = outcome.ok ? { ok: true, trackingUrl: `/reports/${outcome.token}`, grouped: outcome.grouped } : { ...outcome, formToken: await renewFormToken(formToken, MAX_FORM_AGE_MS) };
    return Response.json(answer, {
      status: outcome.ok ? 201 : outcome.status,
      headers: { ...NO_STORE, ...retryAfter },
    });
  }
  if (outcome.ok) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/reports/${outcome.token}?new=1` } });

  return formAgain(request, slug, fields, outcome, retryAfter, await renewFormToken(formToken, MAX_FORM_AGE_MS));
}

/**
 * A refusal for what was sent, or a 404 when the comparison is not published: whatever the body,
 * an unknown comparison is not found. When the row or section the form was about has been removed
 * meanwhile, the refusal stands, said of the comparison as a whole (so the form comes back for it,
 * and the reader's text with it). Looked up on these failures only.
 */
async function unlessGone(slug: string, fields: Record<string, string | undefined>, refusal: SubmitOutcome & { ok: false }): Promise<SubmitOutcome & { ok: false }> {
  const rowId = positiveInt(fields.rowId) ?? undefined;
  const sectionId = positiveInt(fields.sectionId) ?? undefined;
  // Both at once never comes from the form: refused as it stands, if the comparison is there.
  const about = rowId && sectionId ? {} : { rowId, sectionId };
  if (await getReportTarget({ slug, ...about })) return refusal;
  const missing = await targetMissing(slug, about);
  return missing.retarget ? { ...refusal, message: `${missing.message} ${refusal.message}`, retarget: missing.retarget } : missing;
}

/** No JavaScript: the form page again, with the messages and the reader's text, under the real status. */
function formAgain(
  request: Request,
  slug: string,
  fields: Record<string, string | undefined>,
  outcome: SubmitOutcome & { ok: false },
  retryAfter?: Record<string, string>,
  formToken?: string,
): Promise<Response> {
  const page = new URLSearchParams();
  // A row or section removed meanwhile (`retarget`): the form for the comparison as a whole.
  for (const [name, key] of outcome.retarget ? [] : ([['rowId', 'row'], ['side', 'side'], ['sectionId', 'section']] as const)) {
    if (fields[name]) page.set(key, fields[name]!);
  }
  const path = `/report/${encodeURIComponent(slug)}${page.size ? `?${page}` : ''}`;
  return renderPageWithState(request, path, {
    header: REPORT_STATE_HEADER,
    state: { message: outcome.message, fieldErrors: outcome.fieldErrors, values: fields, formToken },
    status: outcome.status,
    extra: { ...NO_STORE, ...retryAfter },
  });
}
