// The server actions, with the session and Next's cache and navigation replaced: guard ->
// parse -> save -> revalidate exactly the affected pages -> redirect; on failure the input
// comes back so nothing typed is lost.
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';

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
const { createFigureAction, deleteFigureAction, updateFigureAction } = await import('@/lib/actions/figures');
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

const fields = (slug: string, extra: Record<string, string | number | Blob> = {}) => ({ name: `Figure ${slug}`, slug, kind: 'PLACE', description: 'Made by an action test.', ...extra });

describe('figure actions', () => {
  it('creates a figure with its photo, refreshes the figure’s pages and shows the saved figure', async () => {
    const slug = unique('act');
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#225588' } }).png().toBuffer();
    const photo = new File([new Uint8Array(png)], 'photo.png', { type: 'image/png' });
    const result = await run(createFigureAction(initialActionResult, form(fields(slug, { photo, photoAlt: 'A blue square', photoCreditName: 'Ann', photoSourceName: 'Example' }))));

    const figure = await db.figure.findUniqueOrThrow({ where: { slug }, select: { id: true, photoHash: true, photoAlt: true, photoCreditName: true, photo: { select: { width: true, mimeType: true } } } });
    expect(result).toEqual({ redirect: `/admin/figures/${figure.id}?saved=created` });
    expect(figure).toMatchObject({ photoAlt: 'A blue square', photoCreditName: 'Ann', photo: { width: 400, mimeType: 'image/png' } });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug, previousSlug: undefined });
  });

  it('answers text PostgreSQL cannot store (a NUL character) with a message, keeping the input and saving nothing', async () => {
    const slug = unique('act');
    const result = await run(createFigureAction(initialActionResult, form(fields(slug, { description: 'Pasted from a binary file \0 here.' }))));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('NUL'), values: { slug, description: 'Pasted from a binary file \0 here.' } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
  });

  it('refuses an id no row can have (a tampered form) as invalid input, not as a failure', async () => {
    const slug = unique('act');
    const result = await run(updateFigureAction(initialActionResult, form({ id: '9999999999', version: 1, ...fields(slug) })));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { id: [expect.any(String)] }, values: { slug } });
  });

  it('keeps every typed value when the photo is refused or a field is invalid', async () => {
    const slug = unique('act');
    const textFile = new File(['not an image'], 'photo.jpg', { type: 'image/jpeg' });
    const refused = await run(createFigureAction(initialActionResult, form(fields(slug, { photo: textFile, photoAlt: 'Alt', photoLicense: 'CC0' }))));
    expect(refused).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { photo: ['This file is not a JPEG, PNG, WebP or AVIF image. Upload a photo in one of those formats.'] },
      values: { name: `Figure ${slug}`, slug, photoAlt: 'Alt', photoLicense: 'CC0' },
    });

    const invalid = await run(createFigureAction(initialActionResult, form({ ...fields(slug), name: '', photoCreditUrl: 'javascript:alert(1)' })));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name.'], photoCreditUrl: [expect.stringContaining('https://')] }, values: { slug, photoCreditUrl: 'javascript:alert(1)' } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
    expect(revalidateFigure).not.toHaveBeenCalled();
  });

  it('renames a figure: refreshes its old and new addresses and its comparisons’ old and new URLs', async () => {
    const figure = await createFigure();
    const other = await createFigure();
    const comparison = await createComparison({ a: figure, b: other });
    const slug = unique('renamed');
    const result = await run(updateFigureAction(initialActionResult, form({ id: figure.id, version: 1, ...fields(slug) })));

    expect(result).toEqual({ redirect: `/admin/figures/${figure.id}?saved=1` });
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
    await run(updateFigureAction(initialActionResult, form({ id: figure.id, version: 1, ...fields(figure.slug, { description: 'Theirs.' }) })));
    vi.mocked(revalidateFigure).mockClear();

    const result = await run(updateFigureAction(initialActionResult, form({ id: figure.id, version: 1, ...fields(figure.slug, { description: 'Mine.' }) })));
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', conflict: { version: 2, theirs: { description: 'Theirs.' } }, values: { description: 'Mine.', version: '1' } });
    expect(revalidateFigure).not.toHaveBeenCalled();
  });

  it('deletes only after the box is ticked', async () => {
    const figure = await createFigure();
    expect(await run(deleteFigureAction(initialActionResult, form({ id: figure.id, version: 1 })))).toMatchObject({ ok: false, fieldErrors: { confirm: ['Tick the box to confirm the deletion.'] } });
    expect(await db.figure.count({ where: { id: figure.id } })).toBe(1);
    expect(await run(deleteFigureAction(initialActionResult, form({ id: figure.id, version: 1, confirm: 'yes' })))).toEqual({ redirect: `/admin/figures?deleted=${figure.slug}` });
    expect(revalidateFigure).toHaveBeenCalledWith({ id: figure.id, slug: figure.slug });
  });

  it('turns a missing session into a message, without touching data', async () => {
    vi.mocked(requireActor).mockRejectedValue(new AppError('UNAUTHORIZED', 'Your session has ended. Sign in again to continue.'));
    const slug = unique('anon');
    expect(await run(createFigureAction(initialActionResult, form(fields(slug))))).toMatchObject({ ok: false, code: 'UNAUTHORIZED', values: { slug } });
    expect(await db.figure.count({ where: { slug } })).toBe(0);
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
    expect(result).toEqual({ redirect: `/admin/attributes/${attribute.id}?saved=1` });
    expect(revalidateAttribute).toHaveBeenCalledWith({ id: attribute.id });
    expect((await db.attribute.findUniqueOrThrow({ where: { id: attribute.id } })).label).toBe('Height above sea level');
  });
});
