// Field-by-field differences between two revision snapshots, word by word for text, for the
// history pages and the conflict view. Pure.
import { diffWordsWithSpace } from 'diff';

export type Snapshot = Record<string, unknown>;

export type DiffPart = { text: string; change: 'added' | 'removed' | 'same' };

export type FieldDiff = {
  field: string;
  before: string;
  after: string;
  /** Word-level runs of before/after, for text fields. */
  parts: DiffPart[];
};

/** Snapshot values as the text an editor reads (lists one per line, objects as "key: value"). */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(displayValue).join('\n');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${displayValue(v)}`)
    .join('\n');
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** Every field whose displayed value differs, in the order of `fields` (or of the snapshots). */
export function diffSnapshots(before: Snapshot, after: Snapshot, fields: string[] = [...new Set([...Object.keys(before), ...Object.keys(after)])]): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of fields) {
    const a = displayValue(before[field]);
    const b = displayValue(after[field]);
    if (a !== b) diffs.push({ field, before: a, after: b, parts: diffText(a, b) });
  }
  return diffs;
}
