// The comparison editor's working copy: flat form values (see lib/validation/comparisons.ts)
// and the structural edits (add, remove, reorder rows and sections) applied to them. Pure:
// the browser applies an edit at once; without JavaScript the server action applies the
// same edit and renders the form again. Nothing is saved until "Save".
import { sectionsText, type ComparisonTexts } from './snapshot';

export type EditorValues = Record<string, string>;

export const PREVIEW_SHOWN = 'Previews are shown under the introduction, each section and the conclusion. Nothing is saved yet.';

export type EditableComparison = {
  id: number;
  version: number;
  title: string | null;
  summary: string;
  introduction: string;
  conclusion: string;
  rows: { attributeId: number }[];
  sections: { id: number; heading: string; body: string }[];
  categoryIds: number[];
};

export function editorValues(c: EditableComparison): EditorValues {
  const values: EditorValues = {
    id: String(c.id),
    version: String(c.version),
    title: c.title ?? '',
    summary: c.summary,
    introduction: c.introduction,
    conclusion: c.conclusion,
  };
  c.rows.forEach((row, i) => (values[`rows.${i}`] = String(row.attributeId)));
  c.sections.forEach((s, i) => {
    values[`sections.${i}.id`] = String(s.id);
    values[`sections.${i}.heading`] = s.heading;
    values[`sections.${i}.body`] = s.body;
  });
  for (const id of c.categoryIds) values[`categories.${id}`] = 'on';
  return values;
}

export type EditorSection = { id: string; heading: string; body: string };

/** How many entries `prefix0`, `prefix1`, … (or `prefix0.field` …) there are, counting up to the first gap. One pass over the keys. */
function count(values: EditorValues, prefix: string): number {
  const present = new Set<string>();
  for (const key of Object.keys(values)) {
    if (key.startsWith(prefix)) present.add(key.slice(prefix.length).split('.', 1)[0]!);
  }
  let n = 0;
  while (present.has(String(n))) n += 1;
  return n;
}

export function editorRows(values: EditorValues): string[] {
  return Array.from({ length: count(values, 'rows.') }, (_, i) => values[`rows.${i}`] ?? '');
}

export function editorSections(values: EditorValues): EditorSection[] {
  return Array.from({ length: count(values, 'sections.') }, (_, i) => ({
    id: values[`sections.${i}.id`] ?? '',
    heading: values[`sections.${i}.heading`] ?? '',
    body: values[`sections.${i}.body`] ?? '',
  }));
}

function withLists(values: EditorValues, rows: string[], sections: EditorSection[]): EditorValues {
  const next: EditorValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith('rows.') && !key.startsWith('sections.') && key !== 'intent' && key !== 'newRow') next[key] = value;
  }
  rows.forEach((row, i) => (next[`rows.${i}`] = row));
  sections.forEach((s, i) => {
    next[`sections.${i}.id`] = s.id;
    next[`sections.${i}.heading`] = s.heading;
    next[`sections.${i}.body`] = s.body;
  });
  return next;
}

function move<T>(items: T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** Element ids the editor gives its controls, so focus can follow the item that moved. */
export const editorIds = {
  row: (attributeId: string, control: 'up' | 'down' | 'remove') => `row-${attributeId}-${control}`,
  newRow: 'new-row',
  section: (index: number, control: 'up' | 'down' | 'remove' | 'heading') => `section-${index}-${control}`,
  addSection: 'add-section',
} as const;

export type EditorIntentResult = { values: EditorValues; focus: string[] };

/**
 * Applies a structural edit named by the pressed button ("row-up:2", "section-add" …).
 * Returns null for anything else ("save", "preview"). `focus` lists where focus should go,
 * best first (a moved row's button may be disabled at the end of the list).
 */
export function applyEditorIntent(values: EditorValues, intent: string): EditorIntentResult | null {
  const [action, rawIndex] = intent.split(':');
  const index = Number(rawIndex);
  const rows = editorRows(values);
  const sections = editorSections(values);
  switch (action) {
    case 'row-add': {
      const attributeId = values.newRow?.trim();
      const next = attributeId && !rows.includes(attributeId) ? [...rows, attributeId] : rows;
      return { values: withLists(values, next, sections), focus: [editorIds.newRow] };
    }
    case 'row-remove': {
      const next = rows.filter((_, i) => i !== index);
      const neighbour = next[Math.min(index, next.length - 1)];
      return { values: withLists(values, next, sections), focus: [...(neighbour ? [editorIds.row(neighbour, 'remove')] : []), editorIds.newRow] };
    }
    case 'row-up':
    case 'row-down': {
      const id = rows[index];
      const next = move(rows, index, action === 'row-up' ? index - 1 : index + 1);
      const focus = id ? (action === 'row-up' ? [editorIds.row(id, 'up'), editorIds.row(id, 'down')] : [editorIds.row(id, 'down'), editorIds.row(id, 'up')]) : [];
      return { values: withLists(values, next, sections), focus };
    }
    case 'section-add':
      return { values: withLists(values, rows, [...sections, { id: '', heading: '', body: '' }]), focus: [editorIds.section(sections.length, 'heading')] };
    case 'section-remove': {
      const next = sections.filter((_, i) => i !== index);
      return { values: withLists(values, rows, next), focus: next.length ? [editorIds.section(Math.min(index, next.length - 1), 'remove')] : [editorIds.addSection] };
    }
    case 'section-up':
    case 'section-down': {
      const to = action === 'section-up' ? index - 1 : index + 1;
      const moved = to >= 0 && to < sections.length ? to : index;
      const focus = action === 'section-up' ? [editorIds.section(moved, 'up'), editorIds.section(moved, 'down')] : [editorIds.section(moved, 'down'), editorIds.section(moved, 'up')];
      return { values: withLists(values, rows, move(sections, index, to)), focus };
    }
    default:
      return null;
  }
}

/**
 * The editor's input as the text each field shows in a diff (lib/comparisons/snapshot.ts's
 * comparisonTexts for a working copy), for the conflict view. No status: the form has none.
 */
export function editorTexts(
  values: EditorValues,
  { attributes, categories }: { attributes: { id: number; label: string }[]; categories: { id: number; name: string }[] },
): Omit<ComparisonTexts, 'status'> {
  const label = new Map(attributes.map((a) => [String(a.id), a.label]));
  return {
    title: values.title?.trim() ?? '',
    summary: values.summary?.trim() ?? '',
    rows: editorRows(values)
      .map((id) => label.get(id) ?? id)
      .join('\n'),
    introduction: values.introduction?.trim() ?? '',
    sections: sectionsText(editorSections(values).map((s) => ({ heading: s.heading.trim(), body: s.body.trim() }))),
    conclusion: values.conclusion?.trim() ?? '',
    categories: categories
      .filter((c) => values[`categories.${c.id}`])
      .map((c) => c.name)
      .join('\n'),
  };
}
