import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonSlug } from '../comparisons/slug';
import { AppError } from '../errors';
import type { ProcessedImage } from '../media/images';
import { PHOTO_ALT_NEEDED, type FigureInput } from '../validation/figures';
import { orNull } from '../validation/shared';
import { describeUsage, figureSnapshotSelect, type FigureSnapshot } from './admin-figures';
import { recordAuditEvent } from './audit';
import { db } from './client';
import type { Prisma } from './generated/client';
import { createMedia } from './media';
import { recordRevision } from './revisions';
import { conflictError, ensureBaselineRevision, isForeignKeyViolation, slugTaken, withSlugCheck } from './versioned-save';

type Tx = Prisma.TransactionClient;

/** What the caller must refresh after a save: the figure and every comparison whose URL or title changed. */
export type FigureSaveResult = {
  id: number;
  slug: string;
  version: number;
  previousSlug?: string;
  comparisons: {
    id: number;
    slug: string;
    previousSlug?: string;
    figureA: { id: number; slug: string };
    figureB: { id: number; slug: string };
    categoryIds: number[];
  }[];
};

/** A photo change: a new upload, removal (null), or none (undefined). */
type PhotoChange = ProcessedImage | null | undefined;

function toSnapshot(input: FigureInput, photoHash: string | null): FigureSnapshot {
  const hasPhoto = photoHash !== null;
  return {
    name: input.name,
    slug: input.slug,
    kind: input.kind,
    description: input.description,
    photoHash,
    photoAlt: hasPhoto ? orNull(input.photoAlt) : null,
    photoCreditName: hasPhoto ? orNull(input.photoCreditName) : null,
    photoCreditUrl: hasPhoto ? orNull(input.photoCreditUrl) : null,
    photoSourceName: hasPhoto ? orNull(input.photoSourceName) : null,
    photoSourceUrl: hasPhoto ? orNull(input.photoSourceUrl) : null,
    photoLicense: hasPhoto ? orNull(input.photoLicense) : null,
  };
}

/** A slug is free when no other figure has it now, and no other figure's old URLs redirect from it. */
async function assertSlugFree(tx: Tx, slug: string, figureId: number | null): Promise<void> {
  const owner = await tx.figure.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (owner && owner.id !== figureId) throw slugTaken(slug, `is already used by “${owner.name}”`);
  const redirect = await tx.figureSlugRedirect.findUnique({ where: { slug }, select: { figureId: true, figure: { select: { name: true } } } });
  if (redirect && redirect.figureId !== figureId) throw slugTaken(slug, `used to belong to “${redirect.figure.name}” and its old links still lead there`);
}

const SLUG_RACED = 'was taken by another figure or comparison a moment ago';

export async function createFigure({ actor, input, photo }: { actor: Actor; input: FigureInput; photo?: ProcessedImage | null }): Promise<FigureSaveResult> {
  assertCan(actor, 'content:edit');
  return withSlugCheck(input.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(tx, input.slug, null);
      if (photo) await createMedia({ image: photo, tx });
      const snapshot = toSnapshot(input, photo?.hash ?? null);
      const figure = await tx.figure.create({ data: snapshot, select: { id: true, slug: true, version: true } });
      await recordRevision(tx, { entityType: 'FIGURE', entityId: figure.id, version: figure.version, snapshot, author: actor, message: input.message || 'Created' });
      await recordAuditEvent({ actor, action: 'figure.created', targetType: 'figure', targetId: figure.id, ip: actor.ip, details: { name: snapshot.name, slug: snapshot.slug } }, tx);
      return { id: figure.id, slug: figure.slug, version: figure.version, comparisons: [] };
    }),
  );
}

/**
 * The version-checked save behind an edit and a restore: refused with the stored version when
 * someone saved in between. A new slug keeps the old one redirecting and renames the
 * figure's comparisons ({a}-vs-{b}), all in one transaction.
 */
async function saveFigure({
  actor,
  id,
  version,
  snapshot,
  photo,
  message,
  action,
}: {
  actor: Actor;
  id: number;
  version: number;
  snapshot: FigureSnapshot;
  photo?: ProcessedImage;
  message: string | null;
  action: 'figure.updated' | 'figure.restored';
}): Promise<FigureSaveResult> {
  return withSlugCheck(snapshot.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      const current = await tx.figure.findUnique({ where: { id }, select: { ...figureSnapshotSelect, version: true } });
      if (!current) throw new AppError('NOT_FOUND', 'This figure no longer exists; someone may have deleted it.');
      if (current.version !== version) throw await conflictError(tx, { entityType: 'FIGURE', entityId: id, current, noun: 'figure' });
      if (snapshot.slug !== current.slug) await assertSlugFree(tx, snapshot.slug, id);
      if (photo) await createMedia({ image: photo, tx });

      const updated = await tx.figure.updateMany({ where: { id, version }, data: { ...snapshot, version: { increment: 1 } } });
      if (updated.count === 0) {
        const now = await tx.figure.findUniqueOrThrow({ where: { id }, select: { ...figureSnapshotSelect, version: true } });
        throw await conflictError(tx, { entityType: 'FIGURE', entityId: id, current: now, noun: 'figure' });
      }
      const { version: _previousVersion, ...before } = current;
      await ensureBaselineRevision(tx, { entityType: 'FIGURE', entityId: id, version, snapshot: before });

      const slugChanged = snapshot.slug !== current.slug;
      if (slugChanged) {
        // Renaming back to an old slug: it is the figure's own again, not a redirect.
        await tx.figureSlugRedirect.deleteMany({ where: { slug: snapshot.slug, figureId: id } });
        await tx.figureSlugRedirect.createMany({ data: [{ slug: current.slug, figureId: id }], skipDuplicates: true });
      }
      const comparisons = slugChanged || snapshot.name !== current.name ? await renameComparisons(tx, id) : [];

      const newVersion = version + 1;
      await recordRevision(tx, { entityType: 'FIGURE', entityId: id, version: newVersion, snapshot, author: actor, message });
      const changed = (Object.keys(snapshot) as (keyof FigureSnapshot)[]).filter((key) => snapshot[key] !== before[key]);
      await recordAuditEvent({ actor, action, targetType: 'figure', targetId: id, ip: actor.ip, details: { version: newVersion, changed, ...(slugChanged ? { previousSlug: current.slug, slug: snapshot.slug } : {}) } }, tx);
      return { id, slug: snapshot.slug, version: newVersion, previousSlug: slugChanged ? current.slug : undefined, comparisons };
    }),
  );
}

/** Gives every comparison of the figure the slug its figures' slugs now make. */
async function renameComparisons(tx: Tx, figureId: number): Promise<FigureSaveResult['comparisons']> {
  const rows = await tx.comparison.findMany({
    where: { OR: [{ figureAId: figureId }, { figureBId: figureId }] },
    select: { id: true, slug: true, figureA: { select: { id: true, slug: true } }, figureB: { select: { id: true, slug: true } }, categories: { select: { categoryId: true } } },
  });
  const targets: FigureSaveResult['comparisons'] = [];
  for (const row of rows) {
    const slug = comparisonSlug(row.figureA.slug, row.figureB.slug);
    if (slug !== row.slug) await tx.comparison.update({ where: { id: row.id }, data: { slug }, select: { id: true } });
    targets.push({ id: row.id, slug, previousSlug: slug !== row.slug ? row.slug : undefined, figureA: row.figureA, figureB: row.figureB, categoryIds: row.categories.map((c) => c.categoryId) });
  }
  return targets;
}

export async function updateFigure({
  actor,
  id,
  version,
  input,
  photo,
}: {
  actor: Actor;
  id: number;
  version: number;
  input: FigureInput;
  photo?: PhotoChange;
}): Promise<FigureSaveResult> {
  assertCan(actor, 'content:edit');
  let photoHash: string | null;
  if (photo) photoHash = photo.hash;
  else if (photo === null) photoHash = null;
  else photoHash = (await db.figure.findUnique({ where: { id }, select: { photoHash: true } }))?.photoHash ?? null;
  // The form says whether it keeps a photo (hasCurrentPhoto), and the schema asks for alt text
  // then; the figure's own photo is what counts, should the form not have known of it.
  if (photoHash !== null && !input.photoAlt) {
    throw new AppError('VALIDATION', 'Check the highlighted fields.', { fieldErrors: { photoAlt: [PHOTO_ALT_NEEDED] } });
  }
  return saveFigure({ actor, id, version, snapshot: toSnapshot(input, photoHash), photo: photo ?? undefined, message: input.message || null, action: 'figure.updated' });
}

/** Puts back an earlier revision's content as a new revision; nothing is destroyed. */
export async function restoreFigureRevision({ actor, id, version, revisionVersion }: { actor: Actor; id: number; version: number; revisionVersion: number }): Promise<FigureSaveResult> {
  assertCan(actor, 'content:edit');
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: 'FIGURE', entityId: id, version: revisionVersion } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', `There is no version ${revisionVersion} of this figure.`);
  const old = revision.snapshot as Partial<FigureSnapshot>;
  const snapshot = Object.fromEntries(Object.keys(figureSnapshotSelect).map((key) => [key, old[key as keyof FigureSnapshot] ?? null])) as FigureSnapshot;
  if (!snapshot.name || !snapshot.slug || !snapshot.kind) throw new AppError('VALIDATION', `Version ${revisionVersion} is incomplete and cannot be restored.`);
  snapshot.description ??= '';
  return saveFigure({ actor, id, version, snapshot, message: `Restored version ${revisionVersion}`, action: 'figure.restored' });
}

/** Deletes a figure that no comparison uses, after a version check. */
export async function deleteFigure({ actor, id, version }: { actor: Actor; id: number; version: number }): Promise<{ id: number; slug: string }> {
  assertCan(actor, 'content:edit');
  try {
    return await db.$transaction(async (tx) => {
      const figure = await tx.figure.findUnique({ where: { id }, select: { ...figureSnapshotSelect, version: true } });
      if (!figure) throw new AppError('NOT_FOUND', 'This figure no longer exists; someone may have deleted it.');
      if (figure.version !== version) throw new AppError('CONFLICT', `“${figure.name}” was changed by someone else since you opened it. Review it before deleting.`);
      const usage = await tx.comparison.findMany({
        where: { OR: [{ figureAId: id }, { figureBId: id }] },
        orderBy: { slug: 'asc' },
        select: { id: true, slug: true, title: true, status: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
      });
      if (usage.length > 0) throw inUse(figure.name, usage);
      await tx.figure.delete({ where: { id }, select: { id: true } });
      const { version: _version, ...snapshot } = figure;
      await recordAuditEvent({ actor, action: 'figure.deleted', targetType: 'figure', targetId: id, ip: actor.ip, details: { version, snapshot } }, tx);
      return { id, slug: figure.slug };
    });
  } catch (error) {
    // A comparison created between the check and the delete: the foreign key refuses it.
    if (isForeignKeyViolation(error)) throw new AppError('CONFLICT', 'This figure was just added to a comparison, so it cannot be deleted.');
    throw error;
  }
}

function inUse(name: string, usage: { slug: string; title: string | null; status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'; figureA: { name: string }; figureB: { name: string } }[]): AppError {
  const list = describeUsage(usage.map((c) => ({ id: 0, slug: c.slug, status: c.status, title: c.title?.trim() || `${c.figureA.name} vs. ${c.figureB.name}` })));
  const count = usage.length === 1 ? 'a comparison' : `${usage.length} comparisons`;
  return new AppError('CONFLICT', `“${name}” cannot be deleted because it is used in ${count}: ${list}. Remove it from ${usage.length === 1 ? 'that comparison' : 'those'} first.`);
}
