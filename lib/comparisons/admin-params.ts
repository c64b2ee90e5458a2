// Reading the admin comparison pages' URL parameters: anything malformed means "not given".
import type { ComparisonStatusName } from './snapshot';

type Param = string | string[] | undefined;

function first(value: Param): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive integer id or version from the URL, or null. */
export function positiveInt(value: Param): number | null {
  const raw = first(value);
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

export function statusParam(value: Param): ComparisonStatusName | undefined {
  const raw = first(value)?.toUpperCase();
  return raw === 'DRAFT' || raw === 'PUBLISHED' || raw === 'ARCHIVED' ? raw : undefined;
}

export function textParam(value: Param, max = 200): string {
  return (first(value) ?? '').trim().slice(0, max);
}
