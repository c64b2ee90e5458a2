// Reading a page's URL parameters (query string values and route segments), public and admin
// pages alike: anything malformed means "not given", so no address can make a page fail.
// A parameter given more than once (`?q=a&q=b`) counts by its last value.

export type Param = string | string[] | undefined;

/** The value, or the last of several; without NUL characters, which PostgreSQL cannot take in text. */
export function lastValue(value: Param): string | undefined {
  return (Array.isArray(value) ? value.at(-1) : value)?.replaceAll('\0', '');
}

/** A whole number from 1 to 999,999,999 (it always fits PostgreSQL's integer), or null. */
export function positiveInt(value: Param): number | null {
  const raw = lastValue(value);
  return raw && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

/** Trimmed text, at most `max` characters; '' when absent. */
export function textParam(value: Param, max = 200): string {
  return (lastValue(value) ?? '').trim().slice(0, max);
}

/** One of `values` exactly, or undefined. */
export function oneOf<T extends string>(values: readonly T[], value: Param): T | undefined {
  const raw = lastValue(value);
  return values.find((v) => v === raw);
}
