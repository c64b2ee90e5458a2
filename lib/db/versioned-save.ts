import 'server-only';
import { AppError } from '../errors';
import { displayValue } from '../revisions/diff';
import type { Prisma, RevisionEntity } from './generated/client';
import { recordRevision } from './revisions';

// Helpers shared by the version-checked saves of figures, facts, attributes and categories.

type Tx = Prisma.TransactionClient;

/** Snapshot values as the strings a form shows. */
export function displayFields(snapshot: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, displayValue(value)]));
}

/**
 * The refusal of a save based on an old version: carries the version now stored and its
 * values, so the form can show them next to the editor's kept input.
 */
export async function conflictError(
  tx: Tx,
  { entityType, entityId, current, noun }: { entityType: RevisionEntity; entityId: number; current: { version: number } & Record<string, unknown>; noun: string },
): Promise<AppError> {
  const last = await tx.revision.findFirst({
    where: { entityType, entityId },
    orderBy: { version: 'desc' },
    select: { version: true, createdAt: true, author: { select: { name: true } } },
  });
  const { version, ...values } = current;
  const isLastKnown = last?.version === version;
  return new AppError('CONFLICT', `Someone else saved this ${noun} while you were editing. Nothing of yours was saved: compare their version with yours below, then save again.`, {
    conflict: {
      version,
      theirs: displayFields(values),
      changedBy: isLastKnown ? (last.author?.name ?? null) : null,
      changedAt: isLastKnown ? last.createdAt.toISOString() : null,
    },
  });
}

/**
 * Content created before revisions existed (the demo data) has no revision for its current
 * version: record that state first, so the history can show and restore it.
 */
export async function ensureBaselineRevision(
  tx: Tx,
  { entityType, entityId, version, snapshot }: { entityType: RevisionEntity; entityId: number; version: number; snapshot: Prisma.InputJsonValue },
): Promise<void> {
  const existing = await tx.revision.findUnique({ where: { entityType_entityId_version: { entityType, entityId, version } }, select: { id: true } });
  if (!existing) await recordRevision(tx, { entityType, entityId, version, snapshot, author: null, message: 'As it was before the first recorded edit' });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2003';
}

/** A slug that cannot be had, as a field error: “The slug “x” {reason}. Choose another.” */
export function slugTaken(slug: string, reason: string): AppError {
  const message = `The slug “${slug}” ${reason}. Choose another.`;
  return new AppError('VALIDATION', message, { fieldErrors: { slug: [message] } });
}

/**
 * Runs a save that checked its slug first. Two saves taking the same slug at the same moment both
 * pass that check; the unique index refuses the second, which then gets `slugTaken(slug, raced)`.
 */
export async function withSlugCheck<T>(slug: string, raced: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug, raced);
    throw error;
  }
}
