import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { db } from './client';
import type { OutboxStatus, Prisma } from './generated/client';

// Email waiting to be sent. Messages are queued in the transaction that decides something, so
// a decision and its notification commit together; a background step sends them (any app
// instance may: claiming uses FOR UPDATE SKIP LOCKED and a lease, so none is sent twice).

type Tx = Prisma.TransactionClient;

export const MAX_ATTEMPTS = 8;
/** Lease on a claimed message: if the sender dies, another instance retries after this. */
const LEASE_SECONDS = 300;

export type OutboxMessageInput = { to: string; subject: string; body: string };

export async function enqueueMessage(message: OutboxMessageInput, tx: Tx | typeof db = db): Promise<void> {
  await tx.outboxMessage.create({ data: message });
}

export type ClaimedMessage = { id: number; to: string; subject: string; body: string; attempts: number };

/** Claims up to `limit` messages due now for this sender. */
export async function claimDueMessages({ limit = 10 }: { limit?: number } = {}): Promise<ClaimedMessage[]> {
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE outbox_messages SET next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE id IN (
       SELECT id FROM outbox_messages
        WHERE status = 'PENDING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, body, attempts`;
}

export async function markSent({ id }: { id: number }): Promise<void> {
  await db.outboxMessage.update({ where: { id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
}

/** Exponential backoff: 1, 2, 4 … minutes, capped at 2 hours; FAILED after MAX_ATTEMPTS. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(120, 2 ** Math.max(0, attempts - 1));
}

export async function markFailed({ id, attempts, error, now = Date.now() }: { id: number; attempts: number; error: string; now?: number }): Promise<OutboxStatus> {
  const made = attempts + 1;
  const status: OutboxStatus = made >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
  await db.outboxMessage.update({
    where: { id },
    data: { status, attempts: made, lastError: error.slice(0, 1000), nextAttemptAt: new Date(now + retryDelayMinutes(made) * 60_000) },
  });
  return status;
}

export type OutboxListItem = { id: number; to: string; subject: string; body: string; status: OutboxStatus; attempts: number; lastError: string | null; createdAt: Date; sentAt: Date | null; nextAttemptAt: Date };

/** For /admin/outbox: the newest messages first. */
export async function listOutboxMessages({ actor, page, pageSize }: { actor: Actor; page: number; pageSize: number }): Promise<{ items: OutboxListItem[]; total: number }> {
  assertCan(actor, 'reports:decide');
  const [items, total] = await Promise.all([
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, to: true, subject: true, body: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
    }),
    db.outboxMessage.count(),
  ]);
  return { items, total };
}
