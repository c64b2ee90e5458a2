// What a report is about, in words, for the editors' pages, the reader's email and the report form.
import type { ReportTarget } from '../db/reports';

export type TargetParts = {
  side: 'A' | 'B' | null;
  row: { attribute: { label: string } } | null;
  section: { heading: string } | null;
  comparison: { figureA: { name: string }; figureB: { name: string } };
};

function sideName({ side, comparison }: TargetParts): string | null {
  return side === 'A' ? comparison.figureA.name : side === 'B' ? comparison.figureB.name : null;
}

/** "Row “Years in Power”, Stalin" / "Section “Leadership Style”" / "Whole page". */
export function targetLabel(parts: TargetParts): string {
  const side = sideName(parts);
  if (parts.row) return `Row “${parts.row.attribute.label}”${side ? `, ${side}` : ''}`;
  if (parts.section) return `Section “${parts.section.heading}”`;
  return 'Whole page';
}

/** As in a sentence: "the row “Years in Power” (Stalin)", as the reader's tracking page says. */
export function targetPhrase(parts: TargetParts): string {
  const side = sideName(parts);
  if (parts.row) return `the row “${parts.row.attribute.label}”${side ? ` (${side})` : ''}`;
  if (parts.section) return `the section “${parts.section.heading}”`;
  return 'the page as a whole';
}

/** What the report form says the reader is reporting: "the row “Born” for Stalin", "the section “Legacy”", "this comparison". */
export function reportFormPhrase(target: Pick<ReportTarget, 'comparison' | 'row' | 'section'>, side?: 'A' | 'B'): string {
  const name = side === 'A' ? target.comparison.nameA : side === 'B' ? target.comparison.nameB : null;
  if (target.row) return `the row “${target.row.label}”${name ? ` for ${name}` : ''}`;
  if (target.section) return `the section “${target.section.heading}”`;
  return 'this comparison';
}
