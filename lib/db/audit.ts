import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { db } from './client';
import type { Prisma } from './generated/client';

export type AuditInput = {
  actor: { id: number; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

type Tx = Prisma.TransactionClient;

/** Appends to the audit log; pass `tx` to record it in the same transaction as the change. */
export async function recordAuditEvent({ actor, action, targetType, targetId, ip, details }: AuditInput, tx?: Tx): Promise<void> {
  await (tx ?? db).auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      targetType: targetType ?? null,
      targetId: targetId === undefined ? null : String(targetId),
      ip: ip ?? null,
      details: details ?? undefined,
    },
  });
}

// ---------------------------------------------------------------------------
// Reading the log (/admin/audit)

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventRow = {
  /** A bigint in the database; a string here so it survives serialization. */
  id: string;
  createdAt: Date;
  actorId: number | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Prisma.JsonValue | null;
};

type Cursor = { createdAt: Date; id: bigint };

export type AuditEventFilter = {
  /** Part of the actor's email; also matches failed sign-ins that gave this email. */
  actor?: string;
  /** An action (user.disabled) or a group of them (user.*). */
  action?: string;
  /** Days (YYYY-MM-DD, UTC), both included. */
  from?: string;
  to?: string;
  /** Keyset pagination: events older than `before`, or the page just newer than `after`. */
  before?: Cursor;
  after?: Cursor;
};

export type AuditPage = { events: AuditEventRow[]; newer: Cursor | null; older: Cursor | null };

function filterWhere({ actor, action, from, to }: AuditEventFilter): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (actor) {
    where.push({ OR: [{ actorEmail: { contains: actor, mode: 'insensitive' } }, { actorId: null, details: { path: ['email'], string_contains: actor.toLowerCase() } }] });
  }
  if (action) where.push(action.endsWith('.*') ? { action: { startsWith: action.slice(0, -1) } } : { action });
  if (from) where.push({ createdAt: { gte: new Date(`${from}T00:00:00.000Z`) } });
  if (to) where.push({ createdAt: { lt: new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000) } });
  return where;
}

const cursorOf = (row: { createdAt: Date; id: bigint }): Cursor => ({ createdAt: row.createdAt, id: row.id });

/**
 * Newest first, `take` at a time. Pages are keyed by (time, id) rather than numbered, so events
 * recorded while someone reads the log never shift an older page (nothing repeats or goes missing).
 */
export async function listAuditEvents({ actor, filter = {}, take = AUDIT_PAGE_SIZE }: { actor: Actor; filter?: AuditEventFilter; take?: number }): Promise<AuditPage> {
  assertCan(actor, 'audit:read');
  const newerFirst = !filter.after;
  const cursor = filter.after ?? filter.before;
  const where: Prisma.AuditEventWhereInput[] = filterWhere(filter);
  if (cursor) {
    const op = newerFirst ? 'lt' : 'gt';
    where.push({ OR: [{ createdAt: { [op]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [op]: cursor.id } }] });
  }
  const direction = newerFirst ? 'desc' : 'asc';
  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: take + 1,
    select: { id: true, createdAt: true, actorId: true, actorEmail: true, action: true, targetType: true, targetId: true, ip: true, details: true },
  });
  const hasMore = rows.length > take;
  const page = rows.slice(0, take);
  if (!newerFirst) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    events: page.map((row) => ({ ...row, id: String(row.id) })),
    // Coming from a newer page (`before`), there is one; reading back towards now (`after`), only if more rows were found.
    newer: first && (newerFirst ? !!filter.before : hasMore) ? cursorOf(first) : null,
    older: last && (newerFirst ? hasMore : true) ? cursorOf(last) : null,
  };
}

/** Every distinct action in the log, each found with one index probe (a loose index scan), not a full scan. */
export async function listAuditActionNames({ actor }: { actor: Actor }): Promise<string[]> {
  assertCan(actor, 'audit:read');
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE seen(action) AS (
      (SELECT action FROM audit_events ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT a.action FROM audit_events a WHERE a.action > seen.action ORDER BY a.action LIMIT 1) FROM seen WHERE seen.action IS NOT NULL
    )
    SELECT action FROM seen WHERE action IS NOT NULL`;
  return rows.map((row) => row.action);
}
