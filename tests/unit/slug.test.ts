import { describe, expect, it } from 'vitest';
import { comparisonSlug, isSlug, pairKey, slugify, splitComparisonSlug } from '@/lib/comparisons/slug';

describe('comparison slugs', () => {
  it('joins figure slugs with -vs-', () => {
    expect(comparisonSlug('lenin', 'stalin')).toBe('lenin-vs-stalin');
  });

  it('tells a path segment that could be a slug from one that cannot, before any lookup', () => {
    expect(isSlug('lenin-vs-stalin')).toBe(true);
    for (const bad of ['', 'Lenin', 'a--b', '-a', 'a-', 'a b', 'a\0b', 'é', 'a/b', 'x'.repeat(201)]) expect(isSlug(bad), JSON.stringify(bad)).toBe(false);
  });

  it('names a pair the same way in either order', () => {
    expect(pairKey(7, 3)).toBe('3:7');
    expect(pairKey(3, 7)).toBe('3:7');
  });

  it('reads every possible split of a path segment', () => {
    expect(splitComparisonSlug('lenin-vs-stalin')).toEqual([{ a: 'lenin', b: 'stalin' }]);
    expect(splitComparisonSlug('vs-code-vs-vim')).toEqual([{ a: 'vs-code', b: 'vim' }]);
    expect(splitComparisonSlug('a-vs-b-vs-c')).toEqual([
      { a: 'a', b: 'b-vs-c' },
      { a: 'a-vs-b', b: 'c' },
    ]);
  });

  it('rejects segments that cannot be a pair', () => {
    for (const bad of ['lenin', '-vs-stalin', 'lenin-vs-', 'Lenin-vs-Stalin', 'a-vs-b c', 'a--x-vs-b']) {
      expect(splitComparisonSlug(bad)).toEqual([]);
    }
  });

  it('slugifies names to lower-case ASCII', () => {
    expect(slugify('Mount Everest')).toBe('mount-everest');
    expect(slugify('Émile Zola!')).toBe('emile-zola');
    expect(slugify('  --K2--  ')).toBe('k2');
  });
});
