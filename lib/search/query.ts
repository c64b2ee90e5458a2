// Turns what a reader typed into a safe PostgreSQL tsquery: only letters and digits survive
// (any script), words are ANDed, and the last word matches as a prefix ("stal" finds Stalin).
import { lastValue, type Param } from '../url-params';

export const MAX_QUERY_CHARS = 200;
const MAX_WORDS = 12;

/** Marks around matched words in snippets; control characters cannot come from stored text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** What was typed, normalized; a repeated `q` counts by its last value (lib/url-params.ts). */
export function normalizeQuery(input: Param): string {
  const raw = lastValue(input) ?? '';
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
}

export function toPrefixTsQuery(query: string): string | null {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `'${word}':*` : `'${word}'`)).join(' & ');
}

export type SnippetPart = { text: string; highlighted: boolean };

/** Splits a ts_headline result into plain and highlighted runs, for React to render escaped. */
export function splitHighlights(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g');
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), highlighted: false });
    parts.push({ text: match[1] ?? '', highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), highlighted: false });
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '') }));
}
