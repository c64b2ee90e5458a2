import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { detectImageType } from '@/lib/media/detect';
import { attributeCreateSchema, attributeUpdateSchema } from '@/lib/validation/attributes';
import { categoryCreateSchema } from '@/lib/validation/categories';
import { factSchema } from '@/lib/validation/facts';
import { figureCreateSchema, figureFormInput, figureUpdateSchema, photoSizeProblem } from '@/lib/validation/figures';
import { SLUG_NOT_MADE } from '@/lib/validation/shared';

const errors = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('the figure form schema', () => {
  it('makes the slug from the name when it is left empty, and trims every field', () => {
    const parsed = figureCreateSchema.parse({ name: '  Mount Everest ', slug: '', kind: 'PLACE', description: ' The highest mountain. ' });
    expect(parsed).toMatchObject({ name: 'Mount Everest', slug: 'mount-everest', description: 'The highest mountain.', photoAlt: '' });
    expect(figureCreateSchema.parse({ name: 'Zürich', slug: ' Zurich-City ', kind: 'PLACE', description: 'x' }).slug).toBe('zurich-city');
  });

  it('explains what is wrong, field by field', () => {
    expect(errors(figureCreateSchema, { name: '', slug: 'Not A Slug!', kind: 'ANIMAL', description: '' })).toEqual({
      name: ['Enter a name.'],
      slug: ['Use lower-case letters, digits and single hyphens, like "isaac-newton".'],
      kind: ['Choose person, place or thing.'],
      description: ['Enter a short description.'],
    });
    expect(errors(figureCreateSchema, { name: 'Ленин', slug: '', kind: 'PERSON', description: 'x' })).toEqual({ slug: [SLUG_NOT_MADE] });
    expect(errors(figureUpdateSchema, { id: '3', name: 'A', slug: 'a', kind: 'PERSON', description: 'x' })).toHaveProperty('version');
  });

  it('refuses ids and versions larger than PostgreSQL’s integer, which only a tampered form can send', () => {
    const figure = { name: 'Ada', slug: 'ada', kind: 'PERSON', description: 'A mathematician.' };
    expect(Object.keys(errors(figureUpdateSchema, { ...figure, id: '9999999999', version: '2147483648' })).sort()).toEqual(['id', 'version']);
    expect(errors(figureUpdateSchema, { ...figure, id: '2147483647', version: '1' })).toEqual({});
    expect(Object.keys(errors(factSchema, { figureId: '1', attributeId: '99999999999', value: 'x', version: '0' }))).toEqual(['attributeId']);
  });

  it('requires alt text with a photo, and http(s) or site links for credits', () => {
    const base = { name: 'A', slug: 'a', kind: 'THING', description: 'x' };
    expect(errors(figureCreateSchema, { ...base, hasPhoto: true })).toEqual({ photoAlt: ['Describe the photo for people who cannot see it.'] });
    expect(errors(figureCreateSchema, { ...base, hasPhoto: false })).toEqual({});
    expect(errors(figureCreateSchema, { ...base, photoCreditUrl: 'javascript:alert(1)', photoSourceUrl: '//evil.example' })).toEqual({
      photoCreditUrl: ['Enter a photographer link starting with https://, http:// or /.'],
      photoSourceUrl: ['Enter a source link starting with https://, http:// or /.'],
    });
    expect(errors(figureCreateSchema, { ...base, photoCreditUrl: '/about', photoSourceUrl: 'https://commons.wikimedia.org/' })).toEqual({});
  });

  it('knows from the form whether the figure will have a photo', () => {
    const form = (entries: [string, string | Blob][]) => {
      const data = new FormData();
      for (const [k, v] of entries) data.append(k, v);
      return figureFormInput(data).hasPhoto;
    };
    expect(form([['photo', new Blob([])]])).toBe(false);
    expect(form([['photo', new Blob(['x'])]])).toBe(true);
    expect(form([['hasCurrentPhoto', '1']])).toBe(true);
    expect(
      form([
        ['hasCurrentPhoto', '1'],
        ['removePhoto', 'on'],
      ]),
    ).toBe(false);
  });

  it('refuses a photo over 10 MB by its size', () => {
    expect(photoSizeProblem({ size: 10 * 1024 * 1024 })).toBeNull();
    expect(photoSizeProblem({ size: 12 * 1024 * 1024 })).toBe('The photo is 12.0 MB; upload one of at most 10 MB.');
  });
});

describe('the fact and attribute schemas', () => {
  it('accepts an optional https source and a past YYYY-MM-DD date', () => {
    expect(factSchema.parse({ figureId: '1', attributeId: '2', version: '3', value: ' 1642 ', sourceUrl: '', verifiedAt: '2026-01-31' })).toMatchObject({ version: 3, value: '1642', verifiedAt: '2026-01-31' });
    expect(errors(factSchema, { figureId: '1', attributeId: '2', value: '', sourceUrl: 'ftp://x.example', verifiedAt: '2026-02-30' })).toEqual({
      value: ['Enter the value.'],
      sourceUrl: ['Enter a source link starting with https:// or http://.'],
      verifiedAt: ['Enter the date as YYYY-MM-DD (1900 or later), or leave it empty.'],
    });
    expect(errors(factSchema, { figureId: '1', attributeId: '2', value: 'x', verifiedAt: '2999-01-01' })).toEqual({ verifiedAt: ['The date it was verified cannot be in the future.'] });
    // PostgreSQL has no year 0: such a day is refused here, never sent to the database.
    for (const verifiedAt of ['0000-01-01', '0001-01-01', '1899-12-31']) {
      expect(errors(factSchema, { figureId: '1', attributeId: '2', value: 'x', verifiedAt }), verifiedAt).toEqual({ verifiedAt: ['Enter the date as YYYY-MM-DD (1900 or later), or leave it empty.'] });
    }
  });

  it('makes an attribute slug from its label', () => {
    expect(attributeCreateSchema.parse({ label: 'Years in Power', slug: '' })).toMatchObject({ slug: 'years-in-power', description: '' });
  });
});

describe('a name with nothing a slug can be made from (Cyrillic, say)', () => {
  it('asks for a slug, saying why none could be made, in the figure, category and attribute forms alike', () => {
    expect(SLUG_NOT_MADE).toBe('No slug could be made from the name, because slugs use only a-z, 0-9 and hyphens. Enter one, like "vladimir-lenin".');
    expect(errors(figureCreateSchema, { name: 'Владимир Ленин', slug: '', kind: 'PERSON', description: 'x' })).toEqual({ slug: [SLUG_NOT_MADE] });
    expect(errors(figureCreateSchema, { name: 'Владимир Ленин', kind: 'PERSON', description: 'x' })).toEqual({ slug: [SLUG_NOT_MADE] });
    expect(errors(categoryCreateSchema, { name: 'Музыка', slug: '' })).toEqual({ slug: [SLUG_NOT_MADE] });
    expect(errors(attributeCreateSchema, { label: 'Годы у власти', slug: '  ' })).toEqual({ slug: [SLUG_NOT_MADE] });
    expect(errors(attributeUpdateSchema, { id: '1', version: '1', label: 'Годы', slug: '' })).toEqual({ slug: [SLUG_NOT_MADE] });
  });

  it('takes the slug the editor enters', () => {
    expect(figureCreateSchema.parse({ name: 'Владимир Ленин', slug: 'vladimir-lenin', kind: 'PERSON', description: 'x' }).slug).toBe('vladimir-lenin');
    expect(categoryCreateSchema.parse({ name: 'Музыка', slug: 'muzyka' }).slug).toBe('muzyka');
  });
});

describe('image type detection', () => {
  const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

  it('recognises the accepted formats by their first bytes', () => {
    expect(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectImageType(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBe('image/png');
    expect(detectImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(detectImageType(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'))).toBe('image/avif');
    expect(detectImageType(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toBe('image/avif');
  });

  it('recognises nothing else: HEIC, SVG, HTML, text, GIF', () => {
    expect(detectImageType(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBeNull();
    expect(detectImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(detectImageType(bytes('<!doctype html>'))).toBeNull();
    expect(detectImageType(bytes('GIF89a'))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});
