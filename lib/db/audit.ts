import 'server-only';
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
