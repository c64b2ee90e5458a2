import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { db } from './client';
import type { Prisma, RevisionEntity } from './generated/client';

type Tx = Prisma.TransactionClient;

/**
 * Records the full snapshot of an entity at `version`. Call inside the transaction that saved
 * the entity, so a save and its revision commit or fail together.
 */
export async function recordRevision(
  tx: Tx,
  { entityType, entityId, version, snapshot, author, message }: { entityType: RevisionEntity; entityId: number; version: number; snapshot: Prisma.InputJsonValue; author: Actor | null; message?: string | null },
): Promise<{ id: number }> {
  return tx.revision.create({
    data: { entityType, entityId, version, snapshot, authorId: author?.id ?? null, message: message?.trim() || null },
    select: { id: true },
  });
}

export type RevisionSummary = { id: number; version: number; message: string | null; createdAt: Date; author: { name: string; email: string } | null };

export async function listRevisions({ actor, entityType, entityId }: { actor: Actor; entityType: RevisionEntity; entityId: number }): Promise<RevisionSummary[]> {
  assertCan(actor, 'content:edit');
  return db.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, message: true, createdAt: true, author: { select: { name: true, email: true } } },
  });
}

export async function getRevisionSnapshots({ actor, entityType, entityId, versions }: { actor: Actor; entityType: RevisionEntity; entityId: number; versions: number[] }) {
  assertCan(actor, 'content:edit');
  const rows = await db.revision.findMany({
    where: { entityType, entityId, version: { in: versions } },
    select: { version: true, snapshot: true, createdAt: true, message: true, author: { select: { name: true } } },
  });
  return new Map(rows.map((r) => [r.version, r]));
}
