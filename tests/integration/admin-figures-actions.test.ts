// The server actions and the figure form's routes, with the session and Next's cache and
// navigation replaced: guard -> parse -> save -> revalidate exactly the affected pages ->
// redirect; on failure the input comes back so nothing typed is lost.
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { asAnonymous } from '../support/signed-in';

vi.mock('@/lib/auth/session', () => ({ requireActor: vi.fn() }));
vi.mock('@/lib/cache/revalidate', () => ({ revalidateFigure: vi.fn(), revalidateComparison: vi.fn(), revalidateAttribute: vi.fn() }));
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
const { revalidateAttribute, revalidateComparison, revalidateFigure } = await import('@/lib/cache/revalidate');
const { deleteFigureAction } = await import('@/lib/actions/figures');
const { POST: createFigureRoute, GET: newFigureRoute } = await import('@/app/api/admin/figures/route');
const { POST: saveFigureRoute, GET: figureRoute } = await import('@/app/api/admin/figures/[id]/route');
const { saveFactAction } = await import('@/lib/actions/facts');
const { updateAttributeAction } = await import('@/lib/actions/attributes');
const { initialActionResult } = await import('@/lib/actions/result');
const { db, disconnectDb } = await import('@/lib/db/client');
const { createAttribute, createComparison, createFigure, unique } = await import('../support/factories');
const { createActor } = await import('../support/figure-factories');
const { form } = await import('./authorization/types');

afterAll(() => disconnectDb());

let actor: Actor;
beforeEach(async () => {
  vi.clearAllMocks();
  actor = await createActor();
  vi.mocked(requireActor).mockResolvedValue(actor);
});

/** Runs an action; a redirect comes back as its URL. */
async function run(action: Promise<unknown>): Promise<{ redirect: string } | Record<string, unknown>> {
  try {
    return (await action) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

type Values = Record<string, string | number | Blob>;

/** The figure form's request: as the browser's fetch sends it, unless `init` says otherwise. */
function figureRequest(path: string, values: Values, init: RequestInit = {}): Request {
  return new Request(`http://contrast.test${path}`, { method: 'POST', body: form(values), ...init, headers: { accept: 'application/json', ...init.headers } });
}

/** Posts the figure form: a new figure, or figure `id`; the status and the JSON answer. */
async function post(values: Values, id?: number | string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const path = id === undefined ? '/api/admin/figures' : `/api/admin/figures/${id}`;
  const response = await send(figureRequest(path, values, init), id);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function send(request: Request, id?: number | string): Promise<Response> {
  return id === undefined ? createFigureRoute(request) : saveFigureRoute(request, { params: Promise.resolve({ id: String(id) }) });
}

const fields = (slug: string, extra: Record<string, string | number | Blob> = {}) => ({ name: `Figure ${slug}`, slug, kind: 'PLACE', description: 'Made by an action test.', ...extra });

describe('the figure form’s routes', () => {
  it('creates a figure with its photo, refreshes the figure’s pages and shows the saved figure', async () => {
    const slug = unique('act');
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#225588' } }).png().toBuffer();
    const photo = new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
    const result = await post(fields(slug, { photo, photoAlt: 'A blue square', photoCreditName: 'Ann', photoSourceName: 'Example' }));

    const figure = await db.figure.findUniqueOrThrow({ where: { slug }, select: { id: true, photoHash: true, photoAlt: true, photoCreditName: true, photo: { select: { width: true, mimeType: true } } } });
    expect(result).toEqual({ status: 200, body: { ok: true, location: `/admin/figures/${figure.id}?saved=created` } });
    expect(figure).toMatchObject({ photoAlt: 'A blue square', photoCreditName: 'Ann', photo: { width: 400, mimeType: 'image/png' } });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug, previousSlug: undefined });
  });

  it('asks for alt text when a save keeps the figure’s photo without saying so, saving nothing', async () => {
    const slug = unique('act');
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#885522' } }).png().toBuffer();
    const photo = new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
    await post(fields(slug, { photo, photoAlt: 'A brown square' }));
    const figure = await db.figure.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true, photoHash: true } });

    // A form that does not know of the photo (no hasCurrentPhoto), and no alt text.
    const result = await post(fields(slug, { id: figure.id, version: figure.version, description: 'Changed.' }), figure.id);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, fieldErrors: { photoAlt: ['Describe the photo for people who cannot see it.'] }, values: { description: 'Changed.' } });
    expect(await db.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { version: true, photoHash: true, photoAlt: true, description: true } })).toEqual({
      version: figure.version,
      photoHash: figure.photoHash,
      photoAlt: 'A brown square',
      description: 'Made by an action test.',
    });
  });

  it('answers a plain form post (no JavaScript) with a redirect to the saved figure', async () => {
    const slug = unique('act');
    const response = await send(figureRequest('/api/admin/figures', fields(slug), { headers: { accept: 'text/html' } }));
    const figure = await db.figure.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin/figures/${figure.id}?saved=created`);
  });

  it('reads a form with no slug field as one with the slug left empty, and a name or description sent as a file as missing, in words', async () => {
    const slug = unique('act');
    const { slug: _omitted, ...withoutSlug } = fields(slug);
    const made = await post(withoutSlug);
    expect(made).toMatchObject({ status: 200, body: { ok: true } });
    expect(await db.figure.findFirstOrThrow({ where: { name: `Figure ${slug}` }, select: { slug: true } })).toEqual({ slug: `figure-${slug}` });

    const other = unique('act');
    const asFiles = await post(fields(other, { name: new File(['Ada'], 'name.txt'), description: new File(['x'], 'description.txt') }));
    expect(asFiles).toMatchObject({ status: 400, body: { ok: false, fieldErrors: { name: ['Enter a name.'], description: ['Enter a short description.'] } } });
    expect(JSON.stringify(asFiles.body)).not.toMatch(/Invalid input|Too big|Too small/);
  });

  it('sends a reload of the form’s address (a GET, after a refused post without JavaScript) back to the form, with no session needed', async () => {
    vi.mocked(requireActor).mockRejectedValue(new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.'));
    const created = newFigureRoute();
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/admin/figures/new');
    const get = (id: string) => figureRoute(new Request(`http://contrast.test/api/admin/figures/${id}`), { params: Promise.resolve({ id }) });
    const saved = await get('28');
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/admin/figures/28');
    for (const id of ['0', '-3', 'abc', '1.5', '9999999999']) {
      const missing = await get(id);
      expect(missing.status, id).toBe(404);
      expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'There is no such figure.' } });
    }
    expect(requireActor).not.toHaveBeenCalled();
  });

  it('answers text PostgreSQL cannot store (a NUL character) with a message, keeping the input and saving nothing', async () => {
    const slug = unique('act');
    const result = await post(fields(slug, { description: 'Pasted from a binary file \0 here.' }));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('NUL'), values: { slug, description: 'Pasted from a binary file \0 here.' } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
  });

  it('answers a figure that does not exist, or an address no figure can have, with a 404', async () => {
    const slug = unique('act');
    expect(await post({ version: 1, ...fields(slug) }, 999_999_999)).toMatchObject({ status: 404, body: { ok: false, code: 'NOT_FOUND', values: { slug } } });
    expect(await post({ version: 1, ...fields(slug) }, '9999999999')).toMatchObject({ status: 404, body: { ok: false, code: 'NOT_FOUND' } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
  });

  it('keeps every typed value when the photo is refused or a field is invalid', async () => {
    const slug = unique('act');
    const textFile = new File(['not an image'], 'photo.jpg', { type: 'image/jpeg' });
    const refused = await post(fields(slug, { photo: textFile, photoAlt: 'Alt', photoLicense: 'CC0' }));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { photo: ['This file is not a JPEG, PNG, WebP or AVIF image. Upload a photo in one of those formats.'] },
      values: { name: `Figure ${slug}`, slug, photoAlt: 'Alt', photoLicense: 'CC0' },
    });

    const invalid = await post({ ...fields(slug), name: '', photoCreditUrl: 'javascript:alert(1)' });
    expect(invalid.body).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name.'], photoCreditUrl: [expect.stringContaining('https://')] }, values: { slug, photoCreditUrl: 'javascript:alert(1)' } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
    expect(revalidateFigure).not.toHaveBeenCalled();
  });

  it('refuses a photo over 10 MB by its size, keeping only its size, with the other fields and their errors', async () => {
    const slug = unique('act');
    const photo = new File([new Uint8Array(11 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    const result = await post({ ...fields(slug), description: '', photo });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      ok: false,
      fieldErrors: { photo: ['The photo is 11.0 MB; upload one of at most 10 MB.'], description: ['Enter a short description.'], photoAlt: [expect.any(String)] },
      values: { slug, name: `Figure ${slug}` },
    });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
  });

  it('renames a figure: refreshes its old and new addresses and its comparisons’ old and new URLs', async () => {
    const figure = await createFigure();
    const other = await createFigure();
    const comparison = await createComparison({ a: figure, b: other });
    const slug = unique('renamed');
    const result = await post({ version: 1, ...fields(slug) }, figure.id);

    expect(result.body).toEqual({ ok: true, location: `/admin/figures/${figure.id}?saved=1` });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug, previousSlug: figure.slug });
    expect(revalidateComparison).toHaveBeenCalledWith({
      id: comparison.id,
      slug: `${slug}-vs-${other.slug}`,
      previousSlug: comparison.slug,
      figureA: { id: figure.id, slug },
      figureB: { id: other.id, slug: other.slug },
      categoryIds: [],
    });
  });

  it('answers a save from a stale version with the conflict and the editor’s input, refreshing nothing', async () => {
    const figure = await createFigure();
    await post({ version: 1, ...fields(figure.slug, { description: 'Theirs.' }) }, figure.id);
    vi.mocked(revalidateFigure).mockClear();

    const result = await post({ version: 1, ...fields(figure.slug, { description: 'Mine.' }) }, figure.id);
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ ok: false, code: 'CONFLICT', conflict: { version: 2, theirs: { description: 'Theirs.' } }, values: { description: 'Mine.', version: '1' } });
    expect(revalidateFigure).not.toHaveBeenCalled();
  });

  it('refuses a post sent from another site, before reading it', async () => {
    const slug = unique('act');
    const result = await post(fields(slug), undefined, { headers: { origin: 'https://elsewhere.example' } });
    expect(result).toMatchObject({ status: 403, body: { ok: false, code: 'FORBIDDEN' } });
    expect(requireActor).not.toHaveBeenCalled();
    expect(await db.figure.count({ where: { slug } })).toBe(0);
  });

  it('deletes only after the box is ticked', async () => {
    const figure = await createFigure();
    expect(await run(deleteFigureAction(initialActionResult, form({ id: figure.id, version: 1 })))).toMatchObject({ ok: false, fieldErrors: { confirm: ['Tick the box to confirm the deletion.'] } });
    expect(await db.figure.count({ where: { id: figure.id } })).toBe(1);
    expect(await run(deleteFigureAction(initialActionResult, form({ id: figure.id, version: 1, confirm: 'yes' })))).toEqual({ redirect: `/admin/figures?deleted=${figure.slug}` });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug: figure.slug });
  });

  it('without a session, answers before reading a byte of the body (a 401, or a redirect to the login page)', async () => {
    vi.mocked(requireActor).mockRejectedValue(new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.'));
    let pulled = 0;
    const body = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
    const init = (accept: string): RequestInit & { duplex: 'half' } => ({ method: 'POST', body: body(), duplex: 'half', headers: { accept, 'content-type': 'multipart/form-data; boundary=x' } });

    const json = await createFigureRoute(new Request('http://contrast.test/api/admin/figures', init('application/json')));
    expect(json.status).toBe(401);
    expect(await json.json()).toMatchObject({ ok: false, code: 'UNAUTHORIZED', message: expect.stringContaining('Sign in') });
    const plain = await asAnonymous(() => saveFigureRoute(new Request('http://contrast.test/api/admin/figures/7', init('text/html')), { params: Promise.resolve({ id: '7' }) }));
    expect(plain.status).toBe(303);
    // The login page says nothing was saved; with no session cookie of the site's, nothing is kept either.
    expect(plain.headers.get('location')).toBe('/login?callbackUrl=%2Fadmin%2Ffigures%2F7&unsaved=1');
    expect(pulled).toBeLessThanOrEqual(2); // what the stream queues up front; nothing was read on
  });
});

describe('fact and attribute actions', () => {
  it('saves a fact and refreshes the figure, whose tag every comparison page showing it carries', async () => {
    const figure = await createFigure();
    const attribute = await createAttribute();
    const result = await run(saveFactAction(initialActionResult, form({ figureId: figure.id, attributeId: attribute.id, version: 0, value: '8,849 m', sourceUrl: 'https://example.org/height' })));
    expect(result).toEqual({ redirect: `/admin/figures/${figure.id}/facts/${attribute.id}?saved=1` });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug: figure.slug });
  });

  it('renames an attribute and refreshes every page showing it', async () => {
    const attribute = await createAttribute();
    const result = await run(updateAttributeAction(initialActionResult, form({ id: attribute.id, version: 1, label: 'Height above sea level', slug: attribute.slug })));
    // The page it leads to names the version saved (its form starts afresh for each save).
    expect(result).toEqual({ redirect: `/admin/attributes/${attribute.id}?saved=2` });
    expect(revalidateAttribute).toHaveBeenCalledWith({ id: attribute.id });
    expect((await db.attribute.findUniqueOrThrow({ where: { id: attribute.id } })).label).toBe('Height above sea level');
  });
});
