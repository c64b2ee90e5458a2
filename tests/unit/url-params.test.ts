import { describe, expect, it } from 'vitest';
import { lastValue, oneOf, positiveInt, textParam } from '@/lib/url-params';

describe('URL parameters', () => {
  it('counts a repeated parameter by its last value, as the search rewrite in next.config.js does', () => {
    expect(lastValue(['first', 'last'])).toBe('last');
    expect(lastValue('only')).toBe('only');
    expect(lastValue(undefined)).toBeUndefined();
    expect(lastValue([])).toBeUndefined();
    expect(lastValue('a\0b')).toBe('ab');
  });

  it('reads ids and page numbers that PostgreSQL can hold, and nothing else', () => {
    expect(positiveInt('7')).toBe(7);
    expect(positiveInt(['2', '3'])).toBe(3);
    expect(positiveInt('999999999')).toBe(999_999_999);
    for (const bad of ['0', '007', '-1', '1.5', '1e3', ' 1', 'abc', '', '9999999999', '2147483648', undefined]) {
      expect(positiveInt(bad), String(bad)).toBeNull();
    }
  });

  it('trims and bounds text, and picks only listed values', () => {
    expect(textParam(['ignored', '  lenin  '])).toBe('lenin');
    expect(textParam('x'.repeat(300), 120)).toHaveLength(120);
    expect(textParam(undefined)).toBe('');
    expect(oneOf(['A', 'B'] as const, 'B')).toBe('B');
    expect(oneOf(['A', 'B'] as const, 'b')).toBeUndefined();
    expect(oneOf(['A', 'B'] as const, ['A', 'C'])).toBeUndefined();
  });
});
