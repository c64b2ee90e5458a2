import { describe, expect, it } from 'vitest';
import { comparisonTexts, readSnapshot } from '@/lib/comparisons/snapshot';
import { diffSnapshots } from '@/lib/revisions/diff';

const snapshot = {
  slug: 'lenin-vs-stalin',
  figureA: 'lenin',
  figureB: 'stalin',
  title: null,
  summary: 'Years in power 1917-1924',
  introduction: 'Intro',
  conclusion: 'End',
  rows: [{ attributeId: 1, attribute: 'birth-name', label: 'Birth Name' }],
  sections: [{ heading: 'Style', body: 'Calm.' }],
  categories: [{ id: 3, slug: 'history', name: 'History' }],
  status: 'PUBLISHED' as const,
};

describe('comparison snapshots', () => {
  it('read back what was stored, and tolerate what older revisions lack', () => {
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(readSnapshot({ summary: 'Only this', rows: [{ attribute: 'born' }, 'junk'], status: 'WEIRD' })).toEqual({
      slug: '',
      figureA: '',
      figureB: '',
      title: null,
      summary: 'Only this',
      introduction: '',
      conclusion: '',
      rows: [{ attributeId: 0, attribute: 'born', label: 'born' }],
      sections: [],
      categories: [],
      status: 'DRAFT',
    });
    expect(readSnapshot(null).status).toBe('DRAFT');
  });

  it('diff field by field and word by word in the text editors read', () => {
    const after = { ...snapshot, summary: 'Years in power 1917 to 1924', rows: [...snapshot.rows, { attributeId: 2, attribute: 'died', label: 'Died' }], status: 'DRAFT' as const };
    const diffs = diffSnapshots(comparisonTexts(snapshot), comparisonTexts(after));
    expect(diffs.map((d) => d.field)).toEqual(['summary', 'rows', 'status']);
    expect(diffs[0]!.parts.filter((p) => p.change !== 'same').map((p) => [p.change, p.text])).toEqual([
      ['removed', '-'],
      ['added', ' to '],
    ]);
    expect(diffs[1]).toMatchObject({ before: 'Birth Name', after: 'Birth Name\nDied' });
    expect(diffs[2]).toMatchObject({ before: 'Published', after: 'Draft' });
  });
});
