import { z } from 'zod';
import { SLUG_PATTERN, slugify } from '../comparisons/slug';

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

/**
 * For a form whose slug may be left empty, to be made from another field (an attribute's label,
 * a category's name): `check` refuses a blank slug when that field has nothing to make one from,
 * `fill` makes it.
 */
export function slugFrom<K extends string>(key: K, label: string) {
  type Values = { slug: string } & Record<K, string>;
  return {
    check(value: Values, ctx: z.RefinementCtx): void {
      if (!value.slug && value[key] && !slugify(value[key])) {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: `Enter a slug: the ${label} has no letters or digits to make one from.` });
      }
    },
    fill<T extends Values>(value: T): T {
      return { ...value, slug: value.slug || slugify(value[key]) };
    },
  };
}

/** PostgreSQL's integer, the type of every id and version: a larger number comes from a tampered form, never from ours. */
export const INT4_MAX = 2_147_483_647;

/** A row id from a form's hidden field. */
export const idField = z.coerce.number().int().positive().max(INT4_MAX);

export const versionField = z.coerce
  .number({ error: 'The form is missing its version; reload the page.' })
  .int()
  .min(1, 'The form is missing its version; reload the page.')
  .max(INT4_MAX, 'The form is missing its version; reload the page.');

/** Restore form of a revision history: the item, the version the page showed, the revision to restore. */
export const revisionRestoreSchema = z.object({
  id: idField,
  version: z.coerce.number().int().min(1).max(INT4_MAX),
  revisionVersion: z.coerce.number().int().min(1).max(INT4_MAX),
});

export const revisionMessageField = z.string().trim().max(300, 'Keep the note under 300 characters.').default('');

/** Blank strings become null, for optional columns. */
export function orNull(value: string | undefined): string | null {
  return value ? value : null;
}

/**
 * A calendar day written YYYY-MM-DD that exists (2026-02-30 parses, as 2 March, so it must read
 * back the same) and is no earlier than `from`: PostgreSQL has no year 0, so a form must never
 * hand it one.
 */
export function isIsoDay(value: string, from = '1900-01-01'): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < from) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
