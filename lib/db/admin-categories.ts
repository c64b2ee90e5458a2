import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { AppError } from '../errors';
import type { CategoryInput } from '../validation/categories';
import { recordAuditEvent } from './audit';
import { db } from './client';
import type { Prisma } from './generated/client';
import { recordRevision } from './revisions';
import { conflictError, ensureBaselineRevision, slugTaken, withSlugCheck } from './versioned-save';

// Categories in the admin area: list, create, edit (version-checked, each save a revision),
// restore and delete. A changed slug keeps the old listing URLs redirecting. Callers
// revalidate the category (lib/cache/revalidate.ts) after commit.

type Tx = Prisma.TransactionClient;

const snapshotSelect = { name: true, slug: true, description: true } satisfies Prisma.CategorySelect;
export type CategorySnapshot = Prisma.CategoryGetPayload<{ select: typeof snapshotSelect }>;

export type CategoryListItem = CategorySnapshot & { id: number; comparisons: number; published: number };

export async function listCategoriesForAdmin({ actor }: { actor: Actor }): Promise<CategoryListItem[]> {
  assertCan(actor, 'content:edit');
  const rows = await db.$queryRaw<(CategorySnapshot & { id: number; comparisons: bigint; published: bigint })[]>`
    SELECT c.id, c.name, c.slug, c.description, count(co.id) AS comparisons, count(co.id) FILTER (WHERE co.status = 'PUBLISHED') AS published
      FROM categories c
      LEFT JOIN comparison_categories cc ON cc.category_id = c.id
      LEFT JOIN comparisons co ON co.id = cc.comparison_id
     GROUP BY c.id
     ORDER BY c.name, c.id`;
  return rows.map((row) => ({ ...row, comparisons: Number(row.comparisons), published: Number(row.published) }));
}

export type CategoryUsage = { id: number; slug: string; title: string; status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' };
export type CategoryForEdit = CategorySnapshot & { id: number; version: number; usage: CategoryUsage[] };

/** The category with the comparisons filed under it (what a delete would refuse over). */
export async function getCategoryForEdit({ actor, id }: { actor: Actor; id: number }): Promise<CategoryForEdit | null> {
  assertCan(actor, 'content:edit');
  const row = await db.category.findUnique({ where: { id }, select: { id: true, version: true, ...snapshotSelect } });
  if (!row) return null;
  return { ...row, usage: await usageOf(db, id) };
}

async function usageOf(client: Tx, id: number): Promise<CategoryUsage[]> {
  const rows = await client.comparison.findMany({
    where: { categories: { some: { categoryId: id } } },
    orderBy: { slug: 'asc' },
    select: { id: true, slug: true, title: true, status: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
  });
  return rows.map((c) => ({ id: c.id, slug: c.slug, status: c.status, title: c.title?.trim() || `${c.figureA.name} vs. ${c.figureB.name}` }));
}

async function assertSlugFree(tx: Tx, slug: string, id: number | null): Promise<void> {
  const owner = await tx.category.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (owner && owner.id !== id) throw slugTaken(slug, `is already used by the category “${owner.name}”`);
  const redirect = await tx.categorySlugRedirect.findUnique({ where: { slug }, select: { categoryId: true, category: { select: { name: true } } } });
  if (redirect && redirect.categoryId !== id) throw slugTaken(slug, `used to belong to “${redirect.category.name}” and its old links still lead there`);
}

const SLUG_RACED = 'is already used by another category';

function toSnapshot(input: CategoryInput): CategorySnapshot {
  return { name: input.name, slug: input.slug, description: input.description };
}

export async function createCategory({ actor, input }: { actor: Actor; input: CategoryInput }): Promise<{ id: number; version: number }> {
  assertCan(actor, 'content:edit');
  const snapshot = toSnapshot(input);
  return withSlugCheck(snapshot.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      await assertSlugFree(tx, snapshot.slug, null);
      const row = await tx.category.create({ data: snapshot, select: { id: true, version: true } });
      await recordRevision(tx, { entityType: 'CATEGORY', entityId: row.id, version: row.version, snapshot, author: actor, message: input.message || 'Created' });
      await recordAuditEvent({ actor, action: 'category.created', targetType: 'category', targetId: row.id, ip: actor.ip, details: snapshot }, tx);
      return row;
    }),
  );
}

/** Version-checked save; `previousSlug` is set when the slug changed (its URLs now redirect). */
export async function updateCategory({
  actor,
  id,
  version,
  input,
  restoredFrom,
}: {
  actor: Actor;
  id: number;
  version: number;
  input: CategoryInput;
  restoredFrom?: number;
}): Promise<{ id: number; version: number; previousSlug: string | null }> {
  assertCan(actor, 'content:edit');
  const snapshot = toSnapshot(input);
  return withSlugCheck(snapshot.slug, SLUG_RACED, () =>
    db.$transaction(async (tx) => {
      const current = await tx.category.findUnique({ where: { id }, select: { version: true, ...snapshotSelect } });
      if (!current) throw new AppError('NOT_FOUND', 'This category no longer exists.');
      if (current.version !== version) throw await conflictError(tx, { entityType: 'CATEGORY', entityId: id, current, noun: 'category' });
      const slugChanged = snapshot.slug !== current.slug;
      if (slugChanged) await assertSlugFree(tx, snapshot.slug, id);
      const updated = await tx.category.updateMany({ where: { id, version }, data: { ...snapshot, version: { increment: 1 } } });
      if (updated.count === 0) {
        const now = await tx.category.findUniqueOrThrow({ where: { id }, select: { version: true, ...snapshotSelect } });
        throw await conflictError(tx, { entityType: 'CATEGORY', entityId: id, current: now, noun: 'category' });
      }
      if (slugChanged) {
        // Renaming back to an old slug: it is the category's own again, not a redirect.
        await tx.categorySlugRedirect.deleteMany({ where: { slug: snapshot.slug, categoryId: id } });
        await tx.categorySlugRedirect.createMany({ data: [{ slug: current.slug, categoryId: id }], skipDuplicates: true });
      }
      const { version: _version, ...before } = current;
      await ensureBaselineRevision(tx, { entityType: 'CATEGORY', entityId: id, version, snapshot: before });
      const newVersion = version + 1;
      await recordRevision(tx, { entityType: 'CATEGORY', entityId: id, version: newVersion, snapshot, author: actor, message: input.message || null });
      await recordAuditEvent(
        { actor, action: restoredFrom ? 'category.restored' : 'category.updated', targetType: 'category', targetId: id, ip: actor.ip, details: { version: newVersion, before, after: snapshot } },
        tx,
      );
      return { id, version: newVersion, previousSlug: slugChanged ? current.slug : null };
    }),
  );
}

export async function restoreCategoryRevision({ actor, id, version, revisionVersion }: { actor: Actor; id: number; version: number; revisionVersion: number }) {
  assertCan(actor, 'content:edit');
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: 'CATEGORY', entityId: id, version: revisionVersion } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', `There is no version ${revisionVersion} of this category.`);
  const old = revision.snapshot as Partial<CategorySnapshot>;
  if (!old.name || !old.slug) throw new AppError('VALIDATION', `Version ${revisionVersion} is incomplete and cannot be restored.`);
  return updateCategory({
    actor,
    id,
    version,
    input: { name: old.name, slug: old.slug, description: old.description ?? '', message: `Restored version ${revisionVersion}` },
    restoredFrom: revisionVersion,
  });
}

/** Deletes a category no comparison is filed under; otherwise says which ones are. */
export async function deleteCategory({ actor, id, version }: { actor: Actor; id: number; version: number }): Promise<{ id: number; slug: string; name: string }> {
  assertCan(actor, 'content:edit');
  return db.$transaction(async (tx) => {
    // Locked, so that a comparison save cannot file something under it in between.
    const [category] = await tx.$queryRaw<{ id: number; slug: string; name: string; description: string; version: number }[]>`
      SELECT id, slug, name, description, version FROM categories WHERE id = ${id} FOR UPDATE`;
    if (!category) throw new AppError('NOT_FOUND', 'This category no longer exists; someone may have deleted it.');
    if (category.version !== version) throw new AppError('CONFLICT', `“${category.name}” was changed by someone else since you opened it. Review it before deleting.`);
    const usage = await usageOf(tx, id);
    if (usage.length > 0) {
      const count = usage.length === 1 ? 'a comparison' : `${usage.length} comparisons`;
      throw new AppError('CONFLICT', `“${category.name}” cannot be deleted because ${count} ${usage.length === 1 ? 'is' : 'are'} filed under it: ${usage.map((c) => c.title).join(', ')}. Remove the category from ${usage.length === 1 ? 'that comparison' : 'those'} first.`);
    }
    await tx.category.delete({ where: { id }, select: { id: true } });
    const { id: _id, version: _version, ...snapshot } = category;
    await recordAuditEvent({ actor, action: 'category.deleted', targetType: 'category', targetId: id, ip: actor.ip, details: { version, snapshot } }, tx);
    return { id, slug: category.slug, name: category.name };
  });
}
