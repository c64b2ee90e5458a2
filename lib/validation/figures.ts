import { z } from 'zod';
import { slugify } from '../comparisons/slug';
import { idField, optionalLink, optionalText, RELOAD_FORM, revisionMessageField, SLUG_NOT_MADE, slugField, versionField } from './shared';

export const FIGURE_KINDS = ['PERSON', 'PLACE', 'THING'] as const;
export type FigureKindValue = (typeof FIGURE_KINDS)[number];
export const FIGURE_KIND_LABELS: Record<FigureKindValue, string> = { PERSON: 'Person', PLACE: 'Place', THING: 'Thing' };

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** A photo needs a description for people who cannot see it (checked here, and against the stored photo on save). */
export const PHOTO_ALT_NEEDED = 'Describe the photo for people who cannot see it.';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;

const figureFields = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(120, 'Keep the name under 120 characters.'),
  slug: slugField,
  kind: z.enum(FIGURE_KINDS, { error: 'Choose person, place or thing.' }),
  description: z.string({ error: 'Enter a short description.' }).trim().min(1, 'Enter a short description.').max(600, 'Keep the description under 600 characters.'),
  /** Whether the figure will have a photo after this save: a new upload, or the current one kept. */
  hasPhoto: z.boolean({ error: RELOAD_FORM }).default(false),
  photoAlt: optionalText(300, 'Keep the alt text under 300 characters.'),
  photoCreditName: optionalText(120, 'Keep the photographer’s name under 120 characters.'),
  photoCreditUrl: optionalLink('photographer link', { allowSitePath: true }),
  photoSourceName: optionalText(120, 'Keep the source name under 120 characters.'),
  photoSourceUrl: optionalLink('source link', { allowSitePath: true }),
  photoLicense: optionalText(120, 'Keep the license under 120 characters.'),
  message: revisionMessageField,
});

type FigureFields = z.output<typeof figureFields>;

// The slug defaults to the name's; a photo needs a description for people who cannot see it.
function checkFigure(value: FigureFields, ctx: z.RefinementCtx): void {
  if (!value.slug && value.name && !slugify(value.name)) {
    ctx.addIssue({ code: 'custom', path: ['slug'], message: SLUG_NOT_MADE });
  }
  if (value.hasPhoto && !value.photoAlt) {
    ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: PHOTO_ALT_NEEDED });
  }
}

function withSlug<T extends FigureFields>(value: T): T {
  return { ...value, slug: value.slug || slugify(value.name) };
}

export const figureCreateSchema = figureFields.superRefine(checkFigure).transform(withSlug);
export const figureUpdateSchema = figureFields
  .extend({ id: idField, version: versionField })
  .superRefine(checkFigure)
  .transform(withSlug);

export type FigureInput = z.output<typeof figureCreateSchema>;
export type FigureUpdateInput = z.output<typeof figureUpdateSchema>;

/** The text fields of a figure form plus whether a photo will be set, for either schema. */
export function figureFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string') input[key] = value;
  const photo = formData.get('photo');
  const hasUpload = typeof photo === 'object' && photo !== null && photo.size > 0;
  input.hasPhoto = hasUpload || (formData.get('hasCurrentPhoto') === '1' && formData.get('removePhoto') !== 'on');
  return input;
}

/** What is wrong with a chosen photo file that can be told before reading it, or null. */
export function photoSizeProblem(file: { size: number }): string | null {
  if (file.size > MAX_PHOTO_BYTES) return `The photo is ${(file.size / 1024 / 1024).toFixed(1)} MB; upload one of at most 10 MB.`;
  return null;
}

export const FIGURE_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  slug: 'Slug',
  kind: 'Kind',
  description: 'Short description',
  photoHash: 'Photo',
  photoAlt: 'Alt text',
  photoCreditName: 'Photographer',
  photoCreditUrl: 'Photographer link',
  photoSourceName: 'Source',
  photoSourceUrl: 'Source link',
  photoLicense: 'License',
};
