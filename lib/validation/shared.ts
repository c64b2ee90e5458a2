import { z } from 'zod';
import { SLUG_PATTERN, slugify } from '../comparisons/slug';

// Every message here is shown to an editor or a reader, so each failure (too long, missing, not
// text) has a sentence of its own: zod's defaults ("Too big: expected string to have <=10
// characters") must never reach a page. tests/unit/validation-messages.test.ts walks the schemas.

/** A field that is not text (a file part, say) comes only from a tampered or outdated form. */
export const NOT_TEXT = 'This field was not sent as text; reload the page and try again.';

/** A hidden id field that is missing or not an id: the form is outdated or was tampered with. */
export const RELOAD_FORM = 'The form is incomplete; reload the page and try again.';

/** Text a form may leave out or send empty: a missing field reads as an empty one. */
export function optionalText(max: number, tooLong: string) {
  return z.string({ error: NOT_TEXT }).trim().max(max, tooLong).default('');
}

/** An http(s) link, or with `allowSitePath` also a path on this site ("/about"). Empty means none. */
export function optionalLink(label: string, { allowSitePath = false }: { allowSitePath?: boolean } = {}) {
  return z
    .string({ error: NOT_TEXT })
    .trim()
    .max(2000, `Keep the ${label} under 2,000 characters.`)
    .refine((value) => value === '' || isLink(value, allowSitePath), {
      message: allowSitePath ? `Enter a ${label} starting with https://, http:// or /.` : `Enter a ${label} starting with https:// or http://.`,
    })
    .default('');
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

/** An optional slug: left empty (or out), it is made from the name or label. */
export const slugField = z
  .string({ error: NOT_TEXT })
  .trim()
  .toLowerCase()
  .max(80, 'Keep the slug under 80 characters.')
  .refine((value) => value === '' || SLUG_PATTERN.test(value), { message: 'Use lower-case letters, digits and single hyphens, like "isaac-newton".' })
  .default('');

/** A name with nothing in a-z or 0-9 (Cyrillic, say) gives no slug: the editor types one. */
export const SLUG_NOT_MADE = 'No slug could be made from the name, because slugs use only a-z, 0-9 and hyphens. Enter one, like "vladimir-lenin".';

/**
 * For a form whose slug may be left empty, to be made from another field (an attribute's label,
 * a category's name): `check` refuses a blank slug when that field has nothing to make one from,
 * `fill` makes it.
 */
export function slugFrom<K extends string>(key: K) {
  type Values = { slug: string } & Record<K, string>;
  return {
    check(value: Values, ctx: z.RefinementCtx): void {
      if (!value.slug && value[key] && !slugify(value[key])) {
        ctx.addIssue({ code: 'custom', path: ['slug'], message: SLUG_NOT_MADE });
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
export const idField = z.coerce.number({ error: RELOAD_FORM }).int(RELOAD_FORM).positive(RELOAD_FORM).max(INT4_MAX, RELOAD_FORM);

export const versionField = z.coerce
  .number({ error: 'The form is missing its version; reload the page.' })
  .int()
  .min(1, 'The form is missing its version; reload the page.')
  .max(INT4_MAX, 'The form is missing its version; reload the page.');

const CHOOSE_REVISION = 'Choose a revision to restore; reload the page and try again.';

/** Restore form of a revision history: the item, the version the page showed, the revision to restore. */
export const revisionRestoreSchema = z.object({
  id: idField,
  version: versionField,
  revisionVersion: z.coerce
    .number({ error: CHOOSE_REVISION })
    .int(CHOOSE_REVISION)
    .min(1, CHOOSE_REVISION)
    .max(INT4_MAX, CHOOSE_REVISION),
});

export const revisionMessageField = optionalText(300, 'Keep the note under 300 characters.');

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
