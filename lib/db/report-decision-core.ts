import 'server-only';
import type { Actor } from '../auth/actor';
import { comparisonTitle } from '../comparisons/view';
import { env } from '../env';
import { AppError } from '../errors';
import { decisionEmail } from '../reports/decision-email';
import { targetPhrase } from '../reports/target';
import { recordAuditEvent } from './audit';
import type { Prisma, ReportStatus } from './generated/client';
import { enqueueMessage } from './outbox';

// The steps every decision on a report shares, inside the deciding transaction (only `tx`):
// claim the open report at the version the editor saw, decide its open grouped reports the
// same way, audit each, queue a message for each reader who left an email, and publish the
// correction notice. Used by report-decisions.ts.

type Tx = Prisma.TransactionClient;

export const decidingSelect = {
  id: true,
  token: true,
  status: true,
  comparisonId: true,
  rowId: true,
  side: true,
  reporterEmail: true,
  row: { select: { attributeId: true, attribute: { select: { label: true } } } },
  section: { select: { heading: true } },
  comparison: {
    select: {
      id: true,
      slug: true,
      title: true,
      figureAId: true,
      figureBId: true,
      figureA: { select: { id: true, slug: true, name: true } },
      figureB: { select: { id: true, slug: true, name: true } },
    },
  },
} satisfies Prisma.ReportSelect;

export type DecidingReport = Prisma.ReportGetPayload<{ select: typeof decidingSelect }>;

const whenFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

const DECIDED_AS: Record<Exclude<ReportStatus, 'OPEN'>, string> = {
  ACCEPTED: 'accepted it',
  REJECTED: 'rejected it',
  DUPLICATE: 'marked it as a duplicate',
  SPAM: 'marked it as spam',
};

/** Why a decision was refused: who decided the report first, how and when. Nothing was changed. */
export async function alreadyDecided(tx: Tx, id: number): Promise<AppError> {
  const report = await tx.report.findUnique({
    where: { id },
    select: { status: true, decidedAt: true, resolution: true, duplicateOfId: true, decidedBy: { select: { name: true } } },
  });
  if (!report) return new AppError('NOT_FOUND', 'This report no longer exists.');
  if (report.status === 'OPEN') {
    return new AppError('CONFLICT', 'This report changed while you were looking at it. Nothing was changed: reload the page and decide again.');
  }
  const by = report.decidedBy?.name ?? 'Another editor';
  const how = report.status === 'DUPLICATE' && report.duplicateOfId ? `${DECIDED_AS.DUPLICATE} of report #${report.duplicateOfId}` : DECIDED_AS[report.status];
  const when = report.decidedAt ? ` on ${whenFormat.format(report.decidedAt)} UTC` : '';
  const note = report.status === 'REJECTED' && report.resolution ? ` (“${report.resolution.slice(0, 200)}”)` : '';
  return new AppError('CONFLICT', `This report was already decided: ${by} ${how}${when}${note}. Nothing was changed.`, {
    decided: { status: report.status, by, at: report.decidedAt?.toISOString() ?? null },
  });
}

/** The report as the deciding transaction sees it; refused when it is gone or already decided. */
export async function loadOpenReport(tx: Tx, id: number): Promise<DecidingReport> {
  const report = await tx.report.findUnique({ where: { id }, select: decidingSelect });
  if (!report) throw new AppError('NOT_FOUND', 'This report no longer exists.');
  if (report.status !== 'OPEN') throw await alreadyDecided(tx, id);
  return report;
}

export type Decision = {
  status: Exclude<ReportStatus, 'OPEN'>;
  resolution?: string | null;
  revisionId?: number | null;
  /** DUPLICATE: the report this one repeats (its own grouped reports stay grouped under it). */
  duplicateOfId?: number;
  notice?: string | null;
  /** Tell the readers who left an email (not for spam: that would mail whoever a spammer names). */
  notify: boolean;
};

export type Decided = { ids: number[]; noticeId: number | null; messagesQueued: number };

const AUDIT_ACTION: Record<Decision['status'], string> = {
  ACCEPTED: 'report.accepted',
  REJECTED: 'report.rejected',
  DUPLICATE: 'report.duplicate',
  SPAM: 'report.spam',
};

/**
 * Decides the report at `version` and its open grouped reports. Two editors deciding at once:
 * the second one's update matches no row (the first changed status and version) and is told
 * who decided first.
 */
export async function decideReport(tx: Tx, { actor, report, version, decision }: { actor: Actor; report: DecidingReport; version: number; decision: Decision }): Promise<Decided> {
  const data = {
    status: decision.status,
    resolution: decision.resolution || null,
    revisionId: decision.revisionId ?? null,
    decidedById: actor.id,
    decidedAt: new Date(),
    version: { increment: 1 },
  } satisfies Prisma.ReportUncheckedUpdateManyInput;
  const claimed = await tx.report.updateMany({
    where: { id: report.id, status: 'OPEN', version },
    data: { ...data, ...(decision.duplicateOfId ? { duplicateOfId: decision.duplicateOfId } : {}) },
  });
  if (claimed.count === 0) throw await alreadyDecided(tx, report.id);

  const candidates = await tx.report.findMany({ where: { duplicateOfId: report.id, status: 'OPEN' }, orderBy: { id: 'asc' }, select: { id: true, token: true, reporterEmail: true } });
  const members: typeof candidates = [];
  for (const member of candidates) {
    // One by one: a grouped report decided on its own meanwhile keeps that decision.
    const updated = await tx.report.updateMany({ where: { id: member.id, status: 'OPEN' }, data });
    if (updated.count === 1) members.push(member);
  }

  const action = AUDIT_ACTION[decision.status];
  const details = { status: decision.status, resolution: data.resolution, revisionId: data.revisionId, duplicateOfId: decision.duplicateOfId ?? null };
  await recordAuditEvent({ actor, action, targetType: 'report', targetId: report.id, ip: actor.ip, details: { ...details, grouped: members.map((m) => m.id) } }, tx);
  for (const member of members) {
    await recordAuditEvent({ actor, action, targetType: 'report', targetId: member.id, ip: actor.ip, details: { ...details, groupedWith: report.id } }, tx);
  }

  let noticeId: number | null = null;
  if (decision.notice) {
    const notice = await tx.correctionNotice.create({ data: { comparisonId: report.comparisonId, reportId: report.id, text: decision.notice, authorId: actor.id }, select: { id: true } });
    noticeId = notice.id;
    await recordAuditEvent({ actor, action: 'correction.published', targetType: 'correction_notice', targetId: notice.id, ip: actor.ip, details: { reportId: report.id, comparisonId: report.comparisonId, text: decision.notice } }, tx);
  }

  let messagesQueued = 0;
  if (decision.notify && decision.status !== 'SPAM') {
    const title = comparisonTitle(report.comparison);
    const target = targetPhrase({ side: report.side, row: report.row, section: report.section, comparison: report.comparison });
    for (const reader of [{ token: report.token, reporterEmail: report.reporterEmail }, ...members]) {
      if (!reader.reporterEmail) continue;
      const message = decisionEmail({
        status: decision.status,
        comparisonTitle: title,
        target,
        resolution: data.resolution,
        notice: decision.notice ?? null,
        trackingUrl: `${env.siteUrl}/reports/${reader.token}`,
      });
      await enqueueMessage({ to: reader.reporterEmail, ...message }, tx);
      messagesQueued++;
    }
  }
  return { ids: [report.id, ...members.map((m) => m.id)], noticeId, messagesQueued };
}
