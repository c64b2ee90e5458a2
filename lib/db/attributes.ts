import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { AppError } from '../errors';
import type { AttributeInput } from '../validation/attributes';
import { recordAuditEvent } from './audit';
import { db } from './client';
import type { Prisma } from './generated/client';
import { recordRevision } from './revisions';
import { conflictError, ensureBaselineRevision, slugTaken, withSlugCheck } from './versioned-save';

type Tx = Prisma.TransactionClient;

const snapshotSelect = { label: true, slug: true, description: true } satisfies Prisma.AttributeSelect;
export type AttributeSnapshot = Prisma.AttributeGetPayload<{ select: typeof snapshotSelect }>;

export type AttributeListItem = AttributeSnapshot & { id: number; facts: number; comparisons: number };

export async function listAttributes({ actor }: { actor: Actor }): Promise<AttributeListItem[]> {
  assertCan(actor, 'content:edit');
  const rows = await db.attribute.findMany({
    orderBy: [{ label: 'asc' }, { id: 'asc' }],
    select: { id: true, ...snapshotSelect, _count: { select: { facts: true, rows: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, facts: _count.facts, comparisons: _count.rows }));
}

export type AttributeForEdit = AttributeSnapshot & { id: number; version: number };

export async function getAttributeForEdit({ actor, id }: { actor: Actor; id: number }): Promise<AttributeForEdit | null> {
  assertCan(actor, 'content:edit');
  return db.attribute.findUnique({ where: { id }, select: { id: true, version: true, ...snapshotSelect } });
}


async function assertSlugFree(tx: Tx, slug: string, id: number | null): Promise<void> {
  const owner = await tx.attribute.findUnique({ where: { slug }, select: { id: true, label: true } });
  if (owner && owner.id !== id) throw slugTaken(slug, `is already used by the attribute “${owner.label}”`);
}

const SLUG_RACED = 'is already used by another attribute';

function toSnapshot(input: AttributeInput): AttributeSnapshot {
  return { label: input.label, slug: input.slug, description: input.description };
}

export async function createAttribute({ actor, input }: { actor: Actor; input: AttributeInput }): Promise<{ id: number; version: number }> {
  assertCan(actor, 'content:edit');
  const snapshot = toSnapshot(input);
  return withSlugCheck(snapshot.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(tx, snapshot.slug, null);
      const row = await tx.attribute.create({ data: snapshot, select: { id: true, version: true } });
      await recordRevision(tx, { entityType: 'ATTRIBUTE', entityId: row.id, version: row.version, snapshot, author: actor, message: input.message || 'Created' });
      await recordAuditEvent({ actor, action: 'attribute.created', targetType: 'attribute', targetId: row.id, ip: actor.ip, details: snapshot }, tx);
      return row;
    }),
  );
}

/** Version-checked save; a new label shows on every page using the attribute once revalidated. */
export async function updateAttribute({
  actor,
  id,
  version,
  input,
  restoredFrom,
}: {
  actor: Actor;
  id: number;
  version: number;
  input: AttributeInput;
  restoredFrom?: number;
}): Promise<{ id: number; version: number }> {
  assertCan(actor, 'content:edit');
  const snapshot = toSnapshot(input);
  return withSlugCheck(snapshot.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      const current = await tx.attribute.findUnique({ where: { id }, select: { version: true, ...snapshotSelect } });
      if (!current) throw new AppError('NOT_FOUND', 'This attribute no longer exists.');
      if (current.version !== version) throw await conflictError(tx, { entityType: 'ATTRIBUTE', entityId: id, current, noun: 'attribute' });
      if (snapshot.slug !== current.slug) await assertSlugFree(tx, snapshot.slug, id);
      const updated = await tx.attribute.updateMany({ where: { id, version }, data: { ...snapshot, version: { increment: 1 } } });
      if (updated.count === 0) {
        const now = await tx.attribute.findUniqueOrThrow({ where: { id }, select: { version: true, ...snapshotSelect } });
        throw await conflictError(tx, { entityType: 'ATTRIBUTE', entityId: id, current: now, noun: 'attribute' });
      }
      const { version: _version, ...before } = current;
      await ensureBaselineRevision(tx, { entityType: 'ATTRIBUTE', entityId: id, version, snapshot: before });
      const newVersion = version + 1;
      await recordRevision(tx, { entityType: 'ATTRIBUTE', entityId: id, version: newVersion, snapshot, author: actor, message: input.message || null });
      await recordAuditEvent(
        { actor, action: restoredFrom ? 'attribute.restored' : 'attribute.updated', targetType: 'attribute', targetId: id, ip: actor.ip, details: { version: newVersion, before, after: snapshot } },
        tx,
      );
      return { id, version: newVersion };
    }),
  );
}

export async function restoreAttributeRevision({ actor, id, version, revisionVersion }: { actor: Actor; id: number; version: number; revisionVersion: number }) {
  assertCan(actor, 'content:edit');
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: 'ATTRIBUTE', entityId: id, version: revisionVersion } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', `There is no version ${revisionVersion} of this attribute.`);
  const old = revision.snapshot as Partial<AttributeSnapshot>;
  if (!old.label || !old.slug) throw new AppError('VALIDATION', `Version ${revisionVersion} is incomplete and cannot be restored.`);
  return updateAttribute({
    actor,
    id,
    version,
    input: { label: old.label, slug: old.slug, description: old.description ?? '', message: `Restored version ${revisionVersion}` },
    restoredFrom: revisionVersion,
  });
}
