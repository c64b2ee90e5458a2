import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonTitle } from '../comparisons/view';
import { targetLabel } from '../reports/target';
import { db } from './client';
import type { ComparisonStatus, Prisma, ReportSide, ReportStatus, RevisionEntity } from './generated/client';

// Everything an editor needs to decide one report, on one screen: the reader's words, what
// they point at as it is now, the reports grouped with it, the others on the same page, the
// revisions that may have fixed it, and, once decided, the decision and its history.

export type FactNow = { id: number; version: number; value: string; sourceUrl: string | null } | null;

export type RevisionLink = { id: number; entityType: RevisionEntity; version: number; createdAt: Date; author: string | null; message: string | null; label: string; href: string };

export type ReportSummary = { id: number; status: ReportStatus; createdAt: Date; message: string; suggestedValue: string | null; target: string; hasEmail: boolean };

export type ReportForDecision = {
  id: number;
  version: number;
  status: ReportStatus;
  createdAt: Date;
  message: string;
  suggestedValue: string | null;
  sourceUrl: string | null;
  hasEmail: boolean;
  side: ReportSide | null;
  target: string;
  comparison: {
    id: number;
    slug: string;
    title: string;
    status: ComparisonStatus;
    figureA: { id: number; slug: string; name: string };
    figureB: { id: number; slug: string; name: string };
  };
  row: { id: number; attribute: { id: number; label: string }; factA: FactNow; factB: FactNow } | null;
  section: { id: number; heading: string; body: string } | null;
  /** The earlier report this one is grouped with (same target and suggestion), if any. */
  groupedWith: { id: number; status: ReportStatus } | null;
  /** Reports grouped with this one: decided with it while they are open. */
  grouped: ReportSummary[];
  /** Other reports on the same comparison, newest first. */
  others: ReportSummary[];
  decision: {
    status: ReportStatus;
    decidedAt: Date | null;
    decidedBy: string | null;
    resolution: string | null;
    revision: RevisionLink | null;
    duplicateOf: { id: number } | null;
    notice: { text: string; publishedAt: Date } | null;
  } | null;
  history: { action: string; actor: string | null; createdAt: Date; details: Prisma.JsonValue }[];
};

const summarySelect = {
  id: true,
  status: true,
  createdAt: true,
  message: true,
  suggestedValue: true,
  reporterEmail: true,
  side: true,
  row: { select: { attribute: { select: { label: true } } } },
  section: { select: { heading: true } },
} satisfies Prisma.ReportSelect;

type SummaryRow = Prisma.ReportGetPayload<{ select: typeof summarySelect }>;
type Names = { figureA: { name: string }; figureB: { name: string } };

function toSummary(row: SummaryRow, comparison: Names): ReportSummary {
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    message: row.message,
    suggestedValue: row.suggestedValue,
    target: targetLabel({ ...row, comparison }),
    hasEmail: !!row.reporterEmail,
  };
}

const OTHERS_SHOWN = 20;

export async function getReportForDecision({ actor, id }: { actor: Actor; id: number }): Promise<ReportForDecision | null> {
  assertCan(actor, 'reports:decide');
  const report = await db.report.findUnique({
    where: { id },
    relationLoadStrategy: 'join',
    select: {
      ...summarySelect,
      version: true,
      sourceUrl: true,
      resolution: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
      duplicateOf: { select: { id: true, status: true } },
      revisionId: true,
      notices: { orderBy: { publishedAt: 'desc' }, take: 1, select: { text: true, publishedAt: true } },
      comparison: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          figureA: { select: { id: true, slug: true, name: true } },
          figureB: { select: { id: true, slug: true, name: true } },
        },
      },
      row: { select: { id: true, attribute: { select: { id: true, label: true } } } },
      section: { select: { id: true, heading: true, body: true } },
    },
  });
  if (!report) return null;
  const { comparison } = report;

  const [facts, grouped, others, revision, history] = await Promise.all([
    report.row
      ? db.fact.findMany({
          where: { attributeId: report.row.attribute.id, figureId: { in: [comparison.figureA.id, comparison.figureB.id] } },
          select: { id: true, figureId: true, version: true, value: true, sourceUrl: true },
        })
      : Promise.resolve([]),
    db.report.findMany({ where: { duplicateOfId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: summarySelect }),
    db.report.findMany({
      where: { comparisonId: comparison.id, id: { not: id }, OR: [{ duplicateOfId: null }, { duplicateOfId: { not: id } }] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: OTHERS_SHOWN,
      select: summarySelect,
    }),
    report.revisionId ? getRevisionLinks([report.revisionId]).then((links) => links[0] ?? null) : Promise.resolve(null),
    db.auditEvent.findMany({
      where: { targetType: 'report', targetId: String(id) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { action: true, actorEmail: true, createdAt: true, details: true, actor: { select: { name: true } } },
    }),
  ]);
  const fact = (figureId: number): FactNow => {
    const f = facts.find((x) => x.figureId === figureId);
    return f ? { id: f.id, version: f.version, value: f.value, sourceUrl: f.sourceUrl } : null;
  };
  const names = { figureA: comparison.figureA, figureB: comparison.figureB };
  return {
    id: report.id,
    version: report.version,
    status: report.status,
    createdAt: report.createdAt,
    message: report.message,
    suggestedValue: report.suggestedValue,
    sourceUrl: report.sourceUrl,
    hasEmail: !!report.reporterEmail,
    side: report.side,
    target: targetLabel({ ...report, comparison }),
    comparison: { id: comparison.id, slug: comparison.slug, title: comparisonTitle(comparison), status: comparison.status, figureA: comparison.figureA, figureB: comparison.figureB },
    row: report.row ? { id: report.row.id, attribute: report.row.attribute, factA: fact(comparison.figureA.id), factB: fact(comparison.figureB.id) } : null,
    section: report.section,
    groupedWith: report.duplicateOf && report.status === 'OPEN' ? report.duplicateOf : null,
    grouped: grouped.map((g) => toSummary(g, names)),
    others: others.map((o) => toSummary(o, names)),
    decision:
      report.status === 'OPEN'
        ? null
        : {
            status: report.status,
            decidedAt: report.decidedAt,
            decidedBy: report.decidedBy?.name ?? null,
            resolution: report.resolution,
            revision,
            duplicateOf: report.status === 'DUPLICATE' && report.duplicateOf ? { id: report.duplicateOf.id } : null,
            notice: report.notices[0] ?? null,
          },
    history: history.map((h) => ({ action: h.action, actor: h.actor?.name ?? h.actorEmail, createdAt: h.createdAt, details: h.details })),
  };
}

const REVISION_CHOICES = 15;

/**
 * The latest revisions that could have fixed a report on this comparison: of the comparison
 * itself, its two figures and their facts.
 */
export async function listRevisionChoices({ actor, comparisonId }: { actor: Actor; comparisonId: number }): Promise<RevisionLink[]> {
  assertCan(actor, 'reports:decide');
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { figureAId: true, figureBId: true } });
  if (!comparison) return [];
  const figureIds = [comparison.figureAId, comparison.figureBId];
  const factIds = (await db.fact.findMany({ where: { figureId: { in: figureIds } }, select: { id: true } })).map((f) => f.id);
  const rows = await db.revision.findMany({
    where: {
      OR: [
        { entityType: 'COMPARISON', entityId: comparisonId },
        { entityType: 'FIGURE', entityId: { in: figureIds } },
        ...(factIds.length ? [{ entityType: 'FACT' as const, entityId: { in: factIds } }] : []),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: REVISION_CHOICES,
    select: { id: true },
  });
  return getRevisionLinks(rows.map((r) => r.id));
}

/** Revisions by id, each with what it is about in words and the admin page showing it. */
async function getRevisionLinks(ids: number[]): Promise<RevisionLink[]> {
  if (ids.length === 0) return [];
  const revisions = await db.revision.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, entityType: true, entityId: true, version: true, createdAt: true, message: true, author: { select: { name: true } } },
  });
  const idsOf = (type: RevisionEntity) => revisions.filter((r) => r.entityType === type).map((r) => r.entityId);
  const [facts, figures, comparisons, attributes] = await Promise.all([
    db.fact.findMany({ where: { id: { in: idsOf('FACT') } }, select: { id: true, figure: { select: { id: true, name: true } }, attribute: { select: { id: true, label: true } } } }),
    db.figure.findMany({ where: { id: { in: idsOf('FIGURE') } }, select: { id: true, name: true } }),
    db.comparison.findMany({ where: { id: { in: idsOf('COMPARISON') } }, select: { id: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } } }),
    db.attribute.findMany({ where: { id: { in: idsOf('ATTRIBUTE') } }, select: { id: true, label: true } }),
  ]);
  return revisions.map((r) => {
    const base = { id: r.id, entityType: r.entityType, version: r.version, createdAt: r.createdAt, author: r.author?.name ?? null, message: r.message };
    switch (r.entityType) {
      case 'FACT': {
        const f = facts.find((x) => x.id === r.entityId);
        return f
          ? { ...base, label: `${f.attribute.label} of ${f.figure.name}`, href: `/admin/figures/${f.figure.id}/facts/${f.attribute.id}/history` }
          : { ...base, label: `A fact that was deleted`, href: '/admin/figures' };
      }
      case 'FIGURE': {
        const f = figures.find((x) => x.id === r.entityId);
        return { ...base, label: f ? `Figure ${f.name}` : 'A figure that was deleted', href: f ? `/admin/figures/${f.id}/history` : '/admin/figures' };
      }
      case 'COMPARISON': {
        const c = comparisons.find((x) => x.id === r.entityId);
        return { ...base, label: c ? `Comparison ${comparisonTitle(c)}` : 'A comparison that was deleted', href: c ? `/admin/comparisons/${c.id}/history/${r.version}` : '/admin/comparisons' };
      }
      default: {
        const a = attributes.find((x) => x.id === r.entityId);
        return { ...base, label: a ? `Attribute ${a.label}` : 'An attribute that was deleted', href: a ? `/admin/attributes/${a.id}/history` : '/admin/attributes' };
      }
    }
  });
}
