import { z } from 'zod';
import { SLUG_PATTERN } from '../comparisons/slug';

/** An http(s) link, or with `allowSitePath` also a path on this site ("/about"). Empty means none. */
export function optionalLink(label: string, { allowSitePath = false }: { allowSitePath?: boolean } = {}) {
  return z
    .string()
    .trim()
    .max(2000, `Keep the ${label} under 2,000 characters.`)
    .refine((value) => value === '' || isLink(value, allowSitePath), {
      message: allowSitePath ? `Enter a ${label} starting with https://, http:// or /.` : `Enter a ${label} starting with https:// or http://.`,
    });
}

function isLink(value: string, allowSitePath: boolean): boolean {
  if (allowSitePath && /^\/(?!\/)\S*$/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, 'Keep the slug under 80 characters.')
  .refine((value) => value === '' || SLUG_PATTERN.test(value), { message: 'Use lower-case letters, digits and single hyphens, like "isaac-newton".' });

export const versionField = z.coerce.number({ error: 'The form is missing its version; reload the page.' }).int().min(1, 'The form is missing its version; reload the page.');

/** Restore form of a revision history: the item, the version the page showed, the revision to restore. */
export const revisionRestoreSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(1),
  revisionVersion: z.coerce.number().int().min(1),
});

export const revisionMessageField = z.string().trim().max(300, 'Keep the note under 300 characters.').default('');

/** Blank strings become null, for optional columns. */
export function orNull(value: string | undefined): string | null {
  return value ? value : null;
}
