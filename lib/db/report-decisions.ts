import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { AppError } from '../errors';
import type { AcceptApplyInput, AcceptFixedInput, DuplicateInput, RejectInput, SpamInput } from '../validation/report-decisions';
import { db } from './client';
import { saveFactInTransaction } from './facts';
import type { Prisma, ReportStatus } from './generated/client';
import { decideReport, loadOpenReport, type DecidingReport } from './report-decision-core';

// The editors' decisions on readers' reports. Each is one transaction that uses only `tx`:
// the report (and its grouped reports) is claimed at the version the editor saw, so of two
// editors deciding at once exactly one wins; the correction, the notice, the audit events and
// the readers' messages commit with it or not at all.

type Tx = Prisma.TransactionClient;

export type DecisionResult = {
  id: number;
  status: Exclude<ReportStatus, 'OPEN'>;
  comparison: { id: number; slug: string };
  /** Accept and apply: the figure whose fact changed, so its pages refresh. */
  figure: { id: number; slug: string } | null;
  revisionId: number | null;
  noticePublished: boolean;
  /** The report and the grouped reports decided with it. */
  decidedIds: number[];
  messagesQueued: number;
};

function result(report: DecidingReport, status: DecisionResult['status'], decided: { ids: number[]; noticeId: number | null; messagesQueued: number }, extra: Partial<DecisionResult> = {}): DecisionResult {
  return {
    id: report.id,
    status,
    comparison: { id: report.comparison.id, slug: report.comparison.slug },
    figure: null,
    revisionId: null,
    noticePublished: decided.noticeId !== null,
    decidedIds: decided.ids,
    messagesQueued: decided.messagesQueued,
    ...extra,
  };
}

/**
 * Accept a row report and apply the corrected value as a new version of the figure's fact, at
 * the fact version the editor saw (a fact saved meanwhile is a conflict and nothing changes).
 * The report and its grouped reports link to the new revision.
 */
export async function acceptReportWithFact({ actor, input }: { actor: Actor; input: AcceptApplyInput }): Promise<DecisionResult> {
  assertCan(actor, 'reports:decide');
  assertCan(actor, 'content:edit');
  return db.$transaction(async (tx) => {
    const report = await loadOpenReport(tx, input.id);
    if (!report.row) throw new AppError('VALIDATION', 'Only a report on a table row can be applied here. Fix the page by hand, then accept it as fixed.');
    const figure = input.side === 'A' ? report.comparison.figureA : report.comparison.figureB;
    const notice = input.publishNotice ? input.noticeText : null;
    // Claim the report before touching the fact: a report decided meanwhile changes nothing.
    const decided = await decideReport(tx, { actor, report, version: input.version, decision: { status: 'ACCEPTED', resolution: input.resolution, notice, notify: true } });
    const current = await tx.fact.findUnique({ where: { figureId_attributeId: { figureId: figure.id, attributeId: report.row.attributeId } }, select: { note: true, verifiedAt: true } });
    const saved = await saveFactInTransaction(tx, {
      actor,
      input: { figureId: figure.id, attributeId: report.row.attributeId, version: input.factVersion, message: `Correction from reader report #${report.id}` },
      snapshot: {
        value: input.value,
        sourceUrl: input.sourceUrl || null,
        note: current?.note ?? null,
        verifiedAt: current?.verifiedAt ? current.verifiedAt.toISOString().slice(0, 10) : null,
      },
      action: 'fact.corrected',
    });
    await tx.report.updateMany({ where: { id: { in: decided.ids } }, data: { revisionId: saved.revisionId } });
    return result(report, 'ACCEPTED', decided, { figure: saved.figure, revisionId: saved.revisionId });
  });
}

/** Is this revision about the comparison, one of its figures, their facts or its attributes? */
async function assertRevisionFits(tx: Tx, revisionId: number, report: DecidingReport): Promise<void> {
  const revision = await tx.revision.findUnique({ where: { id: revisionId }, select: { entityType: true, entityId: true } });
  if (!revision) throw new AppError('VALIDATION', `There is no revision ${revisionId}.`, { fieldErrors: { revisionId: [`There is no revision ${revisionId}. Check the number on the history page.`] } });
  const figureIds = [report.comparison.figureAId, report.comparison.figureBId];
  let fits = false;
  switch (revision.entityType) {
    case 'COMPARISON':
      fits = revision.entityId === report.comparisonId;
      break;
    case 'FIGURE':
      fits = figureIds.includes(revision.entityId);
      break;
    case 'FACT': {
      const fact = await tx.fact.findUnique({ where: { id: revision.entityId }, select: { figureId: true } });
      fits = !!fact && figureIds.includes(fact.figureId);
      break;
    }
    case 'ATTRIBUTE':
      fits = (await tx.comparisonRow.count({ where: { comparisonId: report.comparisonId, attributeId: revision.entityId } })) > 0;
      break;
  }
  if (!fits) {
    const message = `Revision ${revisionId} is not about this comparison, its figures or their facts.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { revisionId: [message] } });
  }
}

/** Accept a report that an editor fixed by hand, linked to the revision that fixed it. */
export async function acceptReportAsFixed({ actor, input }: { actor: Actor; input: AcceptFixedInput }): Promise<DecisionResult> {
  assertCan(actor, 'reports:decide');
  return db.$transaction(async (tx) => {
    const report = await loadOpenReport(tx, input.id);
    await assertRevisionFits(tx, input.revisionId, report);
    const notice = input.publishNotice ? input.noticeText : null;
    const decided = await decideReport(tx, {
      actor,
      report,
      version: input.version,
      decision: { status: 'ACCEPTED', resolution: input.resolution, revisionId: input.revisionId, notice, notify: true },
    });
    return result(report, 'ACCEPTED', decided, { revisionId: input.revisionId });
  });
}

/** Reject, with the reason the readers see. */
export async function rejectReport({ actor, input }: { actor: Actor; input: RejectInput }): Promise<DecisionResult> {
  assertCan(actor, 'reports:decide');
  return db.$transaction(async (tx) => {
    const report = await loadOpenReport(tx, input.id);
    const decided = await decideReport(tx, { actor, report, version: input.version, decision: { status: 'REJECTED', resolution: input.resolution, notify: true } });
    return result(report, 'REJECTED', decided);
  });
}

const MAX_CHAIN = 50;

/** Mark as a duplicate of another report on the same comparison (never of itself, even indirectly). */
export async function markReportDuplicate({ actor, input }: { actor: Actor; input: DuplicateInput }): Promise<DecisionResult> {
  assertCan(actor, 'reports:decide');
  return db.$transaction(async (tx) => {
    const report = await loadOpenReport(tx, input.id);
    const refuse = (message: string) => new AppError('VALIDATION', message, { fieldErrors: { duplicateOfId: [message] } });
    const target = await tx.report.findUnique({ where: { id: input.duplicateOfId }, select: { id: true, comparisonId: true } });
    if (!target || target.comparisonId !== report.comparisonId) throw refuse(`Report #${input.duplicateOfId} is not a report on this comparison.`);
    // Following what the chosen report repeats must not lead back here.
    let next: number | null = target.id;
    for (let step = 0; next !== null && step < MAX_CHAIN; step++) {
      if (next === report.id) throw refuse('A report cannot repeat itself or a report grouped with it. Choose another one.');
      const current: { duplicateOfId: number | null } | null = await tx.report.findUnique({ where: { id: next }, select: { duplicateOfId: true } });
      next = current?.duplicateOfId ?? null;
    }
    const decided = await decideReport(tx, { actor, report, version: input.version, decision: { status: 'DUPLICATE', duplicateOfId: target.id, notify: true } });
    return result(report, 'DUPLICATE', decided);
  });
}

/** Mark as spam: hidden from the queue, counted against each sender's address, no email. */
export async function markReportSpam({ actor, input }: { actor: Actor; input: SpamInput }): Promise<DecisionResult> {
  assertCan(actor, 'reports:decide');
  return db.$transaction(async (tx) => {
    const report = await loadOpenReport(tx, input.id);
    const decided = await decideReport(tx, { actor, report, version: input.version, decision: { status: 'SPAM', notify: false } });
    return result(report, 'SPAM', decided);
  });
}
