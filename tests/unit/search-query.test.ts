import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, MAX_QUERY_CHARS, normalizeQuery, splitHighlights, toPrefixTsQuery } from '@/lib/search/query';

describe('search queries', () => {
  it('ANDs the words and matches the last one as a prefix', () => {
    expect(toPrefixTsQuery('lenin stal')).toBe("'lenin' & 'stal':*");
  });

  it('keeps only letters and digits, so SQL and HTML cannot reach the query syntax', () => {
    expect(toPrefixTsQuery("'; DROP TABLE figures; --")).toBe("'drop' & 'table' & 'figures':*");
    expect(toPrefixTsQuery('<script>alert(1)</script>')).toBe("'script' & 'alert' & '1' & 'script':*");
    expect(toPrefixTsQuery('!!! ??? ***')).toBeNull();
    expect(toPrefixTsQuery('')).toBeNull();
  });

  it('keeps words in any script', () => {
    expect(toPrefixTsQuery('Ленин 東京')).toBe("'ленин' & '東京':*");
  });

  it('normalizes and bounds what readers type', () => {
    expect(normalizeQuery(['  two   spaces ', 'ignored'])).toBe('ignored');
    expect(normalizeQuery(['ignored', '  two   spaces '])).toBe('two spaces');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_CHARS);
  });

  it('splits highlighted snippets into runs for escaped rendering', () => {
    const snippet = `Joseph ${HIGHLIGHT_START}Stalin${HIGHLIGHT_END} <b>ruled</b>`;
    expect(splitHighlights(snippet)).toEqual([
      { text: 'Joseph ', highlighted: false },
      { text: 'Stalin', highlighted: true },
      { text: ' <b>ruled</b>', highlighted: false },
    ]);
  });
});
