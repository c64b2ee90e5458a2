// What a comparison revision stores, and the text each of its fields shows in the history
// diff and the conflict view. Pure, so the browser (conflict view) and the server share it.

export type ComparisonStatusName = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

export type ComparisonSnapshot = {
  slug: string;
  figureA: string;
  figureB: string;
  title: string | null;
  summary: string;
  introduction: string;
  conclusion: string;
  /** Table rows in order. The id restores the row even if the attribute's slug changed since. */
  rows: { attributeId: number; attribute: string; label: string }[];
  sections: { heading: string; body: string }[];
  categories: { id: number; slug: string; name: string }[];
  status: ComparisonStatusName;
};

/** Fields as an editor reads them, in page order. */
export const COMPARISON_FIELDS = ['title', 'summary', 'rows', 'introduction', 'sections', 'conclusion', 'categories', 'status'] as const;
export type ComparisonField = (typeof COMPARISON_FIELDS)[number];

export const COMPARISON_FIELD_LABELS: Record<ComparisonField, string> = {
  title: 'Title',
  summary: 'Summary',
  rows: 'Table rows',
  introduction: 'Introduction',
  sections: 'Sections',
  conclusion: 'Conclusion',
  categories: 'Categories',
  status: 'Status',
};

export const STATUS_LABELS: Record<ComparisonStatusName, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

export type ComparisonTexts = Record<ComparisonField, string>;

/** Sections as one text, headings marked as Markdown, so a diff reads like the article. */
export function sectionsText(sections: { heading: string; body: string }[]): string {
  return sections.map((s) => `## ${s.heading}\n\n${s.body}`.trim()).join('\n\n');
}

export function comparisonTexts(snapshot: ComparisonSnapshot): ComparisonTexts {
  return {
    title: snapshot.title ?? '',
    summary: snapshot.summary,
    rows: snapshot.rows.map((r) => r.label).join('\n'),
    introduction: snapshot.introduction,
    sections: sectionsText(snapshot.sections),
    conclusion: snapshot.conclusion,
    categories: snapshot.categories.map((c) => c.name).join('\n'),
    status: STATUS_LABELS[snapshot.status],
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

/** A stored snapshot (JSON from the database) read defensively: older revisions may lack fields. */
export function readSnapshot(json: unknown): ComparisonSnapshot {
  const s = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const status = text(s.status);
  return {
    slug: text(s.slug),
    figureA: text(s.figureA),
    figureB: text(s.figureB),
    title: typeof s.title === 'string' ? s.title : null,
    summary: text(s.summary),
    introduction: text(s.introduction),
    conclusion: text(s.conclusion),
    rows: list(s.rows).map((r) => ({ attributeId: Number(r.attributeId) || 0, attribute: text(r.attribute), label: text(r.label) || text(r.attribute) })),
    sections: list(s.sections).map((sec) => ({ heading: text(sec.heading), body: text(sec.body) })),
    categories: list(s.categories).map((c) => ({ id: Number(c.id) || 0, slug: text(c.slug), name: text(c.name) || text(c.slug) })),
    status: status === 'PUBLISHED' || status === 'ARCHIVED' ? status : 'DRAFT',
  };
}
