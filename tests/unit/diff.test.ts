import { describe, expect, it } from 'vitest';
import { diffSnapshots, diffText, displayValue } from '@/lib/revisions/diff';

describe('revision diffs', () => {
  it('lists only the fields that changed, in the order asked for', () => {
    const diffs = diffSnapshots({ name: 'Lenin', kind: 'PERSON', description: 'A revolutionary.' }, { name: 'Lenin', kind: 'PERSON', description: 'A Russian revolutionary.' }, ['name', 'description', 'kind']);
    expect(diffs.map((d) => d.field)).toEqual(['description']);
  });

  it('marks words added and removed', () => {
    expect(diffText('Years in power 1917-1924', 'Years in power 1917 to 1924')).toEqual([
      { text: 'Years in power 1917', change: 'same' },
      { text: '-', change: 'removed' },
      { text: ' to ', change: 'added' },
      { text: '1924', change: 'same' },
    ]);
  });

  it('shows lists and nested values as readable text', () => {
    expect(displayValue(['Leadership', 'Economy'])).toBe('Leadership\nEconomy');
    expect(displayValue({ heading: 'Legacy', body: 'Text' })).toBe('heading: Legacy\nbody: Text');
    expect(displayValue(null)).toBe('');
  });
});
