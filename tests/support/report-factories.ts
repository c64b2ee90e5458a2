// Test data for the editors' side of readers' reports: a published comparison with a table row
// and a section, and reports on it, stored as the reader side would store them.
import { randomBytes, randomUUID } from 'node:crypto';
import { db } from '../../lib/db/client';
import type { ReportSide, ReportStatus } from '../../lib/db/generated/client';
import { createAttribute, createComparison, createFigure } from './factories';

export type ReportedComparison = Awaited<ReturnType<typeof createReportedComparison>>;

/** Ada vs. Charles with a "Born" row (1815 / 1791) and a "Lives" section, published. */
export async function createReportedComparison() {
  const attribute = await createAttribute({ label: 'Born' });
  const a = await createFigure({ name: 'Ada', facts: [{ attributeId: attribute.id, value: '1815' }] });
  const b = await createFigure({ name: 'Charles', facts: [{ attributeId: attribute.id, value: '1791', sourceUrl: 'https://example.org/charles' }] });
  const comparison = await createComparison({ a, b, attributeIds: [attribute.id], sections: [{ heading: 'Lives', body: 'Both lived in London.' }] });
  const [row, section, factA, factB] = await Promise.all([
    db.comparisonRow.findFirstOrThrow({ where: { comparisonId: comparison.id }, select: { id: true } }),
    db.comparisonSection.findFirstOrThrow({ where: { comparisonId: comparison.id }, select: { id: true } }),
    db.fact.findUniqueOrThrow({ where: { figureId_attributeId: { figureId: a.id, attributeId: attribute.id } }, select: { id: true, version: true } }),
    db.fact.findUniqueOrThrow({ where: { figureId_attributeId: { figureId: b.id, attributeId: attribute.id } }, select: { id: true, version: true } }),
  ]);
  return { comparison, attribute, a, b, rowId: row.id, sectionId: section.id, factA, factB };
}

/** A unique address hash, as lib/reports/submit.ts would store it. */
export function addressHash(): string {
  return randomBytes(32).toString('hex');
}

export async function createReport(options: {
  comparisonId: number;
  rowId?: number;
  side?: ReportSide;
  sectionId?: number;
  message?: string;
  suggestedValue?: string;
  sourceUrl?: string;
  reporterEmail?: string;
  ipHash?: string;
  status?: ReportStatus;
  duplicateOfId?: number;
  createdAt?: Date;
}) {
  return db.report.create({
    data: {
      token: randomBytes(24).toString('base64url'),
      comparisonId: options.comparisonId,
      rowId: options.rowId ?? null,
      side: options.side ?? null,
      sectionId: options.sectionId ?? null,
      message: options.message ?? `A reader says something is wrong (${randomUUID().slice(0, 8)}).`,
      suggestedValue: options.suggestedValue ?? null,
      sourceUrl: options.sourceUrl ?? null,
      reporterEmail: options.reporterEmail ?? null,
      ipHash: options.ipHash ?? addressHash(),
      status: options.status ?? 'OPEN',
      duplicateOfId: options.duplicateOfId ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}

/** A reader's email address no other test uses. */
export function readerEmail(): string {
  return `reader-${randomUUID().slice(0, 8)}@example.test`;
}
