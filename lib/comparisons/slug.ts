// Comparison URLs are /{a}-vs-{b}, built from figure slugs.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a path segment can be a slug at all. Lookups by a slug from an address check this
 * first: nothing else can match, and some bytes (a NUL) cannot even be sent to PostgreSQL.
 */
export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG_PATTERN.test(value);
}

export function comparisonSlug(aSlug: string, bSlug: string): string {
  return `${aSlug}-vs-${bSlug}`;
}

/** The pair in either order: "lowId:highId". */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Every way to read a path segment as "{a}-vs-{b}" with two valid slugs. Usually one,
 * but a figure slug may itself contain "-vs-".
 */
export function splitComparisonSlug(slug: string): { a: string; b: string }[] {
  const splits: { a: string; b: string }[] = [];
  let at = slug.indexOf('-vs-');
  while (at > 0) {
    const a = slug.slice(0, at);
    const b = slug.slice(at + 4);
    if (SLUG_PATTERN.test(a) && SLUG_PATTERN.test(b)) splits.push({ a, b });
    at = slug.indexOf('-vs-', at + 1);
  }
  return splits;
}

/** Lower-case, ASCII, hyphenated slug from a name ("Mount Everest" -> "mount-everest"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
