import 'server-only';
import { randomBytes } from 'node:crypto';
import { comparisonTitle } from '../comparisons/view';
import { isSlug } from '../comparisons/slug';
import { db } from './client';
import type { ReportSide, ReportStatus } from './generated/client';
import { isForeignKeyViolation } from './versioned-save';

// Readers' reports of inaccuracies: the public side (creating, tracking). Reporter emails and
// address hashes never leave this module except to the editors' queue.

export type ReportTarget = {
  comparison: { id: number; slug: string; title: string; nameA: string; nameB: string };
  row: { id: number; label: string; valueA: string | null; valueB: string | null } | null;
  section: { id: number; heading: string } | null;
};

/** The published comparison (and row or section) a report form is about, or null. */
export async function getReportTarget({ slug, rowId, sectionId }: { slug: string; rowId?: number; sectionId?: number }): Promise<ReportTarget | null> {
  // One thing at a time: a row or a section (the form could not be sent for both).
  if (!isSlug(slug) || (rowId && sectionId)) return null;
  const row = await db.comparison.findUnique({
    where: { slug },
    relationLoadStrategy: 'join',
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      figureAId: true,
      figureBId: true,
      figureA: { select: { name: true } },
      figureB: { select: { name: true } },
      rows: {
        where: rowId ? { id: rowId } : { id: -1 },
        select: { id: true, attribute: { select: { label: true, facts: { select: { figureId: true, value: true } } } } },
      },
      sections: { where: sectionId ? { id: sectionId } : { id: -1 }, select: { id: true, heading: true } },
    },
  });
  if (!row || row.status !== 'PUBLISHED') return null;
  const tableRow = row.rows[0];
  if (rowId && !tableRow) return null;
  if (sectionId && !row.sections[0]) return null;
  const valueOf = (figureId: number) => tableRow?.attribute.facts.find((f) => f.figureId === figureId)?.value ?? null;
  return {
    comparison: { id: row.id, slug: row.slug, title: comparisonTitle(row), nameA: row.figureA.name, nameB: row.figureB.name },
    row: tableRow ? { id: tableRow.id, label: tableRow.attribute.label, valueA: valueOf(row.figureAId), valueB: valueOf(row.figureBId) } : null,
    section: row.sections[0] ?? null,
  };
}

function suggestionKey(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type NewReport = {
  comparisonId: number;
  rowId?: number;
  side?: ReportSide;
  sectionId?: number;
  message: string;
  suggestedValue?: string;
  sourceUrl?: string;
  reporterEmail?: string;
  ipHash: string;
};

/**
 * Stores a report as typed. An open report with the same target and the same suggested
 * correction groups it (duplicate_of_id), so editors see one item with a count. A report that
 * suggests nothing stands alone: two readers who both found something wrong with a page may
 * mean different things. Null, and nothing stored, when its comparison, row or section was
 * deleted since the caller looked it up (the foreign keys refuse it).
 */
export async function createReport(input: NewReport): Promise<{ token: string; duplicateOfId: number | null } | null> {
  const token = randomBytes(24).toString('base64url');
  try {
    return await storeReport(input, token);
  } catch (error) {
    if (isForeignKeyViolation(error)) return null;
    throw error;
  }
}

function storeReport(input: NewReport, token: string): Promise<{ token: string; duplicateOfId: number | null }> {
  return db.$transaction(async (tx) => {
    const candidates = !suggestionKey(input.suggestedValue) ? [] : await tx.report.findMany({
      where: {
        comparisonId: input.comparisonId,
        rowId: input.rowId ?? null,
        side: input.side ?? null,
        sectionId: input.sectionId ?? null,
        status: 'OPEN',
        duplicateOfId: null,
      },
      orderBy: { id: 'asc' },
      select: { id: true, suggestedValue: true },
    });
    const original = candidates.find((c) => suggestionKey(c.suggestedValue) === suggestionKey(input.suggestedValue));
    await tx.report.create({
      data: {
        token,
        comparisonId: input.comparisonId,
        rowId: input.rowId ?? null,
        side: input.side ?? null,
        sectionId: input.sectionId ?? null,
        message: input.message,
        suggestedValue: input.suggestedValue ?? null,
        sourceUrl: input.sourceUrl ?? null,
        reporterEmail: input.reporterEmail ?? null,
        ipHash: input.ipHash,
        duplicateOfId: original?.id ?? null,
      },
    });
    return { token, duplicateOfId: original?.id ?? null };
  });
}

export type ReportTracking = {
  status: ReportStatus;
  createdAt: Date;
  decidedAt: Date | null;
  /** The editors' public answer (a rejection reason, or what was fixed). */
  resolution: string | null;
  comparison: { slug: string; title: string; published: boolean };
  target: string;
  notice: { text: string; publishedAt: Date } | null;
};

/** What the reader's private tracking link shows: the outcome, never the reporter. */
export async function getReportForTracking({ token }: { token: string }): Promise<ReportTracking | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const report = await db.report.findUnique({
    where: { token },
    select: {
      status: true,
      createdAt: true,
      decidedAt: true,
      resolution: true,
      side: true,
      duplicateOf: { select: { status: true, decidedAt: true, resolution: true, notices: { select: { text: true, publishedAt: true }, take: 1 } } },
      comparison: { select: { slug: true, title: true, status: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } } },
      row: { select: { attribute: { select: { label: true } } } },
      section: { select: { heading: true } },
      notices: { select: { text: true, publishedAt: true }, take: 1 },
    },
  });
  if (!report) return null;
  const { comparison } = report;
  const side = report.side === 'A' ? comparison.figureA.name : report.side === 'B' ? comparison.figureB.name : null;
  const target = report.row
    ? `the row “${report.row.attribute.label}”${side ? ` (${side})` : ''}`
    : report.section
      ? `the section “${report.section.heading}”`
      : 'the page as a whole';
  // A report grouped with an earlier one shares its outcome, and so does one an editor marked
  // as a duplicate once the report it duplicates is accepted or rejected (never its spam flag).
  const original = report.duplicateOf;
  const sharesOutcome =
    !!original &&
    ((report.status === 'OPEN' && original.status !== 'OPEN') || (report.status === 'DUPLICATE' && (original.status === 'ACCEPTED' || original.status === 'REJECTED')));
  const decided = sharesOutcome && original ? original : report;
  return {
    status: decided.status,
    createdAt: report.createdAt,
    decidedAt: decided.decidedAt,
    resolution: decided.resolution,
    comparison: { slug: comparison.slug, title: comparisonTitle(comparison), published: comparison.status === 'PUBLISHED' },
    target,
    notice: decided.notices[0] ?? null,
  };
}

/**
 * When the sender at this address hash (salted) last had reports marked as spam: the send
 * times of the newest `take` spam reports since `since`, newest first. One indexed read.
 */
export async function listSpamTimesFromAddress({ ipHash, since, take }: { ipHash: string; since: Date; take: number }): Promise<Date[]> {
  const rows = await db.report.findMany({
    where: { ipHash, status: 'SPAM', createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    take,
    select: { createdAt: true },
  });
  return rows.map((r) => r.createdAt);
}
