import { describe, expect, it } from 'vitest';
import { applyEditorIntent, editorRows, editorSections, editorTexts, editorValues } from '@/lib/comparisons/editor-form';
import { createComparisonSchema, fieldErrorsOf, readComparisonForm, updateComparisonSchema } from '@/lib/validation/comparisons';

const comparison = {
  id: 7,
  version: 3,
  title: null,
  summary: 'Both led the Soviet Union.',
  introduction: 'Intro',
  conclusion: 'End',
  rows: [{ attributeId: 11 }, { attributeId: 12 }, { attributeId: 13 }],
  sections: [
    { id: 21, heading: 'Style', body: 'Calm.' },
    { id: 22, heading: 'Economy', body: 'Plans.' },
  ],
  categoryIds: [5],
};

describe('the comparison editor working copy', () => {
  it('round-trips a comparison through the flat form values', () => {
    const values = editorValues(comparison);
    expect(values).toMatchObject({ id: '7', version: '3', title: '', 'rows.2': '13', 'sections.1.heading': 'Economy', 'categories.5': 'on' });
    const parsed = updateComparisonSchema.parse(readComparisonForm(values));
    expect(parsed).toEqual({
      id: 7,
      version: 3,
      title: null,
      summary: 'Both led the Soviet Union.',
      introduction: 'Intro',
      conclusion: 'End',
      message: '',
      rows: [11, 12, 13],
      sections: [
        { id: 21, heading: 'Style', body: 'Calm.' },
        { id: 22, heading: 'Economy', body: 'Plans.' },
      ],
      categoryIds: [5],
    });
  });

  it('reads rows and sections up to the first gap, by their exact index', () => {
    const values = { 'rows.0': '1', 'rows.1': '2', 'rows.3': '4', 'rows.03': 'x', 'sections.0.heading': 'A', 'sections.1.body': 'B', 'sections.x.body': 'C' };
    expect(editorRows(values)).toEqual(['1', '2']);
    expect(editorSections(values).map((section) => section.heading + section.body)).toEqual(['A', 'B']);
  });

  it('moves rows up and down, keeping focus on the moved row', () => {
    const values = editorValues(comparison);
    const up = applyEditorIntent(values, 'row-up:2')!;
    expect(editorRows(up.values)).toEqual(['11', '13', '12']);
    expect(up.focus).toEqual(['row-13-up', 'row-13-down']);
    expect(editorRows(applyEditorIntent(values, 'row-down:0')!.values)).toEqual(['12', '11', '13']);
    // At the edges nothing moves.
    expect(editorRows(applyEditorIntent(values, 'row-up:0')!.values)).toEqual(['11', '12', '13']);
    expect(editorRows(applyEditorIntent(values, 'row-down:2')!.values)).toEqual(['11', '12', '13']);
  });

  it('adds a row once and removes rows, keeping everything else typed', () => {
    const values = { ...editorValues(comparison), summary: 'Typed', newRow: '14', intent: 'row-add' };
    const added = applyEditorIntent(values, 'row-add')!;
    expect(editorRows(added.values)).toEqual(['11', '12', '13', '14']);
    expect(added.values).not.toHaveProperty('newRow');
    expect(added.values).not.toHaveProperty('intent');
    expect(added.values.summary).toBe('Typed');
    expect(editorRows(applyEditorIntent({ ...added.values, newRow: '14' }, 'row-add')!.values)).toEqual(['11', '12', '13', '14']);

    const removed = applyEditorIntent(added.values, 'row-remove:1')!;
    expect(editorRows(removed.values)).toEqual(['11', '13', '14']);
    expect(removed.values).not.toHaveProperty('rows.3');
    expect(removed.focus[0]).toBe('row-13-remove');
  });

  it('adds, moves and removes sections with their text', () => {
    const values = editorValues(comparison);
    const added = applyEditorIntent(values, 'section-add')!;
    expect(editorSections(added.values)).toHaveLength(3);
    expect(added.focus).toEqual(['section-2-heading']);
    const moved = applyEditorIntent(values, 'section-down:0')!;
    expect(editorSections(moved.values)).toEqual([
      { id: '22', heading: 'Economy', body: 'Plans.' },
      { id: '21', heading: 'Style', body: 'Calm.' },
    ]);
    expect(moved.focus[0]).toBe('section-1-down');
    const removed = applyEditorIntent(values, 'section-remove:0')!;
    expect(editorSections(removed.values)).toEqual([{ id: '22', heading: 'Economy', body: 'Plans.' }]);
    expect(removed.values).not.toHaveProperty('sections.1.body');
  });

  it('leaves "save", "preview" and unknown buttons to the caller', () => {
    const values = editorValues(comparison);
    expect(applyEditorIntent(values, 'save')).toBeNull();
    expect(applyEditorIntent(values, 'preview')).toBeNull();
    expect(applyEditorIntent(values, 'drop-table')).toBeNull();
  });

  it('shows the input as the text the conflict view compares', () => {
    const texts = editorTexts(editorValues(comparison), {
      attributes: [
        { id: 11, label: 'Born' },
        { id: 12, label: 'Died' },
        { id: 13, label: 'Legacy' },
      ],
      categories: [
        { id: 5, name: 'History' },
        { id: 6, name: 'Science' },
      ],
    });
    expect(texts).toEqual({
      title: '',
      summary: 'Both led the Soviet Union.',
      rows: 'Born\nDied\nLegacy',
      introduction: 'Intro',
      sections: '## Style\n\nCalm.\n\n## Economy\n\nPlans.',
      conclusion: 'End',
      categories: 'History',
    });
  });
});

describe('comparison form validation', () => {
  it('names the field of each problem as the form names it', () => {
    const input = readComparisonForm({
      id: '7',
      version: '3',
      title: 'x'.repeat(201),
      'rows.0': '11',
      'rows.1': '11',
      'sections.0.heading': ' ',
      'sections.0.body': 'Body',
      'sections.1.heading': 'Two',
      'sections.1.body': '',
    });
    const result = updateComparisonSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      title: ['Use at most 200 characters.'],
      rows: ['Each attribute can appear once in the table.'],
      'sections.0.heading': ['Give the section a heading.'],
      'sections.1.body': ['Write the section, or remove it.'],
    });
  });

  it('trims text and turns an empty title into the default title', () => {
    const parsed = updateComparisonSchema.parse(readComparisonForm({ id: '1', version: '1', title: '   ', summary: '  Hello  ' }));
    expect(parsed).toMatchObject({ title: null, summary: 'Hello', rows: [], sections: [], categoryIds: [] });
  });

  it('refuses a figure compared with itself and a missing figure', () => {
    const same = createComparisonSchema.safeParse({ figureAId: '4', figureBId: '4' });
    expect(fieldErrorsOf(same.error!)).toEqual({ figureBId: ['Choose two different figures: a figure cannot be compared with itself.'] });
    const missing = createComparisonSchema.safeParse({ figureAId: '', figureBId: '4' });
    expect(fieldErrorsOf(missing.error!)).toEqual({ figureAId: ['Choose figure A.'] });
    const neither = createComparisonSchema.safeParse({ figureAId: '', figureBId: '' });
    expect(fieldErrorsOf(neither.error!)).toEqual({ figureAId: ['Choose figure A.'], figureBId: ['Choose figure B.'] });
  });
});
