import 'server-only';
import type { z } from 'zod';
import { failure } from '../actions/failure';
import { formValues, invalid, type ActionResult } from '../actions/result';
import { endedSessionOwner } from '../auth/config';
import { requireActor, type Actor } from '../auth/session';
import { revalidateComparison, revalidateFigure } from '../cache/revalidate';
import { createFigure, updateFigure, type FigureSaveResult } from '../db/figure-saves';
import { statusOf } from '../errors';
import { renderPageWithState } from '../form-state';
import { readMultipartForm } from '../http/multipart';
import { keepUnsavedInput, loginAfterUnsavedForm } from '../kept-forms';
import { preparePhoto } from '../media/upload';
import { figureCreateSchema, figureFormInput, figureUpdateSchema, MAX_PHOTO_BYTES, photoSizeProblem } from '../validation/figures';

// The figure form (with its photo) is posted to a route handler, not to a server action:
// Next.js reads a whole action body into memory before any of our code runs, so a photo-sized
// action limit would let anyone make the server hold that much per request. Here the session is
// checked first, and only then is the body read, streaming, within limits (lib/http/multipart).
//   POST /api/admin/figures        creates a figure  (app/api/admin/figures/route.ts)
//   POST /api/admin/figures/{id}   saves one         (app/api/admin/figures/[id]/route.ts)
// The form sends it with fetch and `Accept: application/json` and gets a FigureFormResult; a
// browser without JavaScript posts it plainly and gets a redirect, or the form page again with
// the messages and everything typed (lib/form-state.ts; FIGURE_FORM_STATE_HEADER names the state).

export const FIGURE_FORM_STATE_HEADER = 'x-figure-form-state';

/** The whole request: a photo of up to 10 MB and the text fields, with room to spare. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The field the figure form always sends: its pages give kept input back to it (lib/kept-forms.ts). */
export const FIGURE_KEPT_FIELD = 'name';

/** What the form gets back: a failure as from an action, or where to go after a save. */
export type FigureFormResult = ActionResult & { location?: string };

export async function postFigureForm(request: Request, id: number | null): Promise<Response> {
  const formPath = id === null ? '/admin/figures/new' : `/admin/figures/${id}`;
  const reply = (result: FigureFormResult) => respond(request, formPath, result);
  if (!sameOrigin(request)) return reply({ ok: false, code: 'FORBIDDEN', message: 'This form was sent from another site, so it was refused.' });

  let actor: Actor;
  try {
    actor = await requireActor('content:edit');
  } catch (error) {
    const refusal = failure(error);
    if (refusal.code === 'UNAUTHORIZED' && !wantsJson(request)) return sessionEnded(request, formPath);
    return reply(refusal);
  }
  const read = await readMultipartForm(request, { maxFileBytes: MAX_PHOTO_BYTES, maxBodyBytes: MAX_BODY_BYTES });
  if (read.kind === 'too-large') {
    return reply({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: 'The form is too large to send. Choose a photo of at most 10 MB and try again.' });
  }
  if (read.kind === 'unreadable') return reply({ ok: false, code: 'VALIDATION', message: 'The form could not be read. Reload the page and try again.' });
  return reply(await saveFigureForm({ actor, id, form: read.value.form, photoTooBig: read.value.oversize.get('photo') }));
}

/** Validates and saves a posted figure form, then refreshes the public pages showing the figure. */
async function saveFigureForm({ actor, id, form, photoTooBig }: { actor: Actor; id: number | null; form: FormData; photoTooBig?: number }): Promise<FigureFormResult> {
  const values = formValues(form, ['id']);
  let saved: FigureSaveResult;
  const photoProblem = photoTooBig ? photoSizeProblem({ size: photoTooBig }) : null;
  /** The schema's errors (if any) and the photo's, with the input kept. */
  const refused = (error?: z.ZodError): ActionResult => {
    const result: ActionResult = error ? invalid(error, values) : { ok: false, code: 'VALIDATION', message: 'Check the highlighted fields.', values };
    if (photoProblem) result.fieldErrors = { ...result.fieldErrors, photo: [photoProblem] };
    return result;
  };
  try {
    const input: Record<string, unknown> = { ...figureFormInput(form), id: id === null ? undefined : String(id) };
    if (photoTooBig) input.hasPhoto = true; // so the alt text is asked for too
    const file = form.get('photo');
    const upload = async () => (file instanceof Blob && file.size > 0 ? await preparePhoto(file) : null);
    if (id === null) {
      const checked = figureCreateSchema.safeParse(input);
      if (!checked.success || photoProblem) return refused(checked.error);
      saved = await createFigure({ actor, input: checked.data, photo: await upload() });
    } else {
      const checked = figureUpdateSchema.safeParse(input);
      if (!checked.success || photoProblem) return refused(checked.error);
      const photo = (await upload()) ?? (form.get('removePhoto') === 'on' ? null : undefined);
      saved = await updateFigure({ actor, id: checked.data.id, version: checked.data.version, input: checked.data, photo });
    }
  } catch (error) {
    return failure(error, values);
  }
  refreshFigurePages(saved);
  return { ok: true, location: `/admin/figures/${saved.id}?saved=${id === null ? 'created' : '1'}` };
}

/**
 * Exactly the public pages showing a saved figure: its page, and each comparison whose URL or
 * title changed with it (old URLs too, so they start redirecting at once).
 */
export function refreshFigurePages(saved: FigureSaveResult): void {
  revalidateFigure({ id: saved.id, slug: saved.slug, previousSlug: saved.previousSlug });
  for (const comparison of saved.comparisons) revalidateComparison(comparison);
}

const wantsJson = (request: Request) => (request.headers.get('accept') ?? '').includes('application/json');
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/**
 * Without JavaScript, a session that ended: the login page, and back to the form with its text
 * kept when the browser's session cookie is one this site issued (lib/kept-forms.ts). Only then
 * is the body read, so that no one who never signed in can make the server read 64 MB. The
 * photo is not kept: only text.
 */
async function sessionEnded(request: Request, formPath: string): Promise<Response> {
  if ((await endedSessionOwner()) === null) return seeOther(loginAfterUnsavedForm(formPath, formPath));
  const read = await readMultipartForm(request, { maxFileBytes: 0, maxBodyBytes: MAX_BODY_BYTES });
  const values = read.kind === 'read' ? formValues(read.value.form, ['id']) : undefined;
  return seeOther(loginAfterUnsavedForm(formPath, await keepUnsavedInput(formPath, FIGURE_KEPT_FIELD, values)));
}

async function respond(request: Request, formPath: string, result: FigureFormResult): Promise<Response> {
  const status = result.ok ? 200 : statusOf(result.code);
  if (wantsJson(request)) return Response.json(result, { status, headers: { 'Cache-Control': 'no-store' } });
  if (result.ok && result.location) return seeOther(result.location);
  if (result.code === 'UNAUTHORIZED') return seeOther(`/login?callbackUrl=${encodeURIComponent(formPath)}`);
  if (result.code === 'FORBIDDEN') return seeOther('/admin/denied');
  return renderPageWithState(request, formPath, { header: FIGURE_FORM_STATE_HEADER, state: result, status, forwardCookies: true });
}

/** False when the browser says the form came from another site (a cross-site form post). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true; // not a browser's cross-site post: browsers send Origin with every POST
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
