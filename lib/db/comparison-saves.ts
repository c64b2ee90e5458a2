import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonSlug, pairKey } from '../comparisons/slug';
import { readSnapshot, type ComparisonSnapshot } from '../comparisons/snapshot';
import { comparisonTitle } from '../comparisons/view';
import { AppError } from '../errors';
import type { ComparisonContent } from '../validation/comparisons';
import { recordAuditEvent } from './audit';
import { db } from './client';
import { conflictError, readSnapshotRow, toSnapshot, toTarget, TX_OPTIONS, unrecordedState, type ComparisonTarget, type Tx } from './comparison-snapshots';
import { Prisma } from './generated/client';
import { recordRevision } from './revisions';
import { ensureBaselineRevision } from './versioned-save';

export type { ComparisonTarget };

// Creating and editing comparisons. Every save is one transaction that checks the version
// the editor loaded, writes the comparison with its rows, sections and categories, and
// records a revision with the full snapshot and an audit event (first, for a comparison that
// predates revisions, a baseline revision of its state before the save). Callers revalidate
// the returned target after commit. Status changes: comparison-status.ts.

/**
 * A new draft comparing two different figures, A on the left, at /{a}-vs-{b}, as revision 1.
 * The pair exists once in either order: asking again names the existing comparison.
 */
export async function createComparison({ actor, figureAId, figureBId }: { actor: Actor; figureAId: number; figureBId: number }): Promise<ComparisonTarget> {
  assertCan(actor, 'content:edit');
  if (figureAId === figureBId) {
    throw new AppError('VALIDATION', 'Choose two different figures: a figure cannot be compared with itself.', {
      fieldErrors: { figureBId: ['Choose two different figures: a figure cannot be compared with itself.'] },
    });
  }
  const figures = await db.figure.findMany({ where: { id: { in: [figureAId, figureBId] } }, select: { id: true, slug: true, name: true } });
  const a = figures.find((f) => f.id === figureAId);
  const b = figures.find((f) => f.id === figureBId);
  if (!a || !b) {
    const fieldErrors = { ...(a ? {} : { figureAId: ['Choose a figure from the list.'] }), ...(b ? {} : { figureBId: ['Choose a figure from the list.'] }) };
    throw new AppError('VALIDATION', 'That figure no longer exists. Choose another.', { fieldErrors });
  }
  await assertPairIsFree(a, b);
  try {
    return await db.$transaction(async (tx) => {
      const { id } = await tx.comparison.create({
        data: { slug: comparisonSlug(a.slug, b.slug), pairKey: pairKey(a.id, b.id), figureAId: a.id, figureBId: b.id, status: 'DRAFT' },
        select: { id: true },
      });
      const row = await readSnapshotRow(tx, id);
      await recordRevision(tx, { entityType: 'COMPARISON', entityId: id, version: row.version, snapshot: toSnapshot(row), author: actor, message: 'Created' });
      await recordAuditEvent({ actor, action: 'comparison.created', targetType: 'comparison', targetId: id, ip: actor.ip, details: { slug: row.slug, figureA: a.slug, figureB: b.slug } }, tx);
      return toTarget(row);
    }, TX_OPTIONS);
  } catch (error) {
    // Two editors creating the same pair at once: the unique pair key lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      await assertPairIsFree(a, b);
      throw new AppError('CONFLICT', `A comparison at /${comparisonSlug(a.slug, b.slug)} already exists.`);
    }
    throw error;
  }
}

export type ExistingPair = { id: number; title: string };

async function assertPairIsFree(a: { id: number; name: string }, b: { id: number; name: string }): Promise<void> {
  const existing = await db.comparison.findUnique({
    where: { pairKey: pairKey(a.id, b.id) },
    select: { id: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
  });
  if (!existing) return;
  const title = comparisonTitle(existing);
  throw new AppError('CONFLICT', `${a.name} and ${b.name} are already compared in “${title}”. Each pair has one comparison, in either order: edit that one instead.`, {
    existing: { id: existing.id, title } satisfies ExistingPair,
  });
}

// ---------------------------------------------------------------------------
// Update and restore

async function checkReferences(tx: Tx, content: ComparisonContent): Promise<void> {
  const [attributes, categories] = await Promise.all([
    content.rows.length ? tx.attribute.count({ where: { id: { in: content.rows } } }) : 0,
    content.categoryIds.length ? tx.category.count({ where: { id: { in: content.categoryIds } } }) : 0,
  ]);
  if (attributes !== new Set(content.rows).size) {
    throw new AppError('VALIDATION', 'An attribute in the table no longer exists. Remove its row and save again.', { fieldErrors: { rows: ['An attribute in the table no longer exists.'] } });
  }
  if (categories !== new Set(content.categoryIds).size) {
    throw new AppError('VALIDATION', 'A chosen category no longer exists. Reload the page and choose again.', { fieldErrors: { categories: ['A chosen category no longer exists.'] } });
  }
}

/**
 * Rows and sections are matched to the existing ones (by attribute, by section id) and
 * updated in place, so reader reports that point at a row or section keep their target.
 */
async function writeContent(tx: Tx, id: number, content: ComparisonContent): Promise<void> {
  // A report on a removed row stays, about the whole page: the database would clear its row
  // and keep its side, which a report may only have with a row.
  const removed = { comparisonId: id, attributeId: { notIn: content.rows } };
  await tx.report.updateMany({ where: { row: removed }, data: { rowId: null, side: null } });
  await tx.comparisonRow.deleteMany({ where: removed });
  for (const [position, attributeId] of content.rows.entries()) {
    await tx.comparisonRow.upsert({
      where: { comparisonId_attributeId: { comparisonId: id, attributeId } },
      create: { comparisonId: id, attributeId, position },
      update: { position },
    });
  }

  const existing = new Set((await tx.comparisonSection.findMany({ where: { comparisonId: id }, select: { id: true } })).map((s) => s.id));
  const kept = new Set<number>();
  const sections = content.sections.map((s) => {
    const keep = s.id !== undefined && existing.has(s.id) && !kept.has(s.id);
    if (keep) kept.add(s.id!);
    return { ...s, id: keep ? s.id : undefined };
  });
  await tx.comparisonSection.deleteMany({ where: { comparisonId: id, id: { notIn: [...kept] } } });
  for (const [position, s] of sections.entries()) {
    if (s.id) await tx.comparisonSection.update({ where: { id: s.id }, data: { position, heading: s.heading, body: s.body } });
    else await tx.comparisonSection.create({ data: { comparisonId: id, position, heading: s.heading, body: s.body } });
  }

  await tx.comparisonCategory.deleteMany({ where: { comparisonId: id } });
  if (content.categoryIds.length) await tx.comparisonCategory.createMany({ data: content.categoryIds.map((categoryId) => ({ comparisonId: id, categoryId })) });
}

type SaveOptions = { actor: Actor; id: number; version: number; content: ComparisonContent; message: string | null; action: string; details?: Prisma.InputJsonObject };

async function saveContent({ actor, id, version, content, message, action, details }: SaveOptions): Promise<ComparisonTarget> {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, content);
    const before = await tx.comparison.findUnique({ where: { id }, select: { status: true, categories: { select: { categoryId: true } } } });
    if (!before) throw new AppError('NOT_FOUND', 'This comparison no longer exists.');
    const baseline = await unrecordedState(tx, id, version);
    const { count } = await tx.comparison.updateMany({
      where: { id, version },
      data: { title: content.title, summary: content.summary, introduction: content.introduction, conclusion: content.conclusion, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, id, 'your save');
    // Publishing needs a summary (comparison-status.ts); so does staying published. Checked once the
    // version matched, so an editor who is behind hears about the newer version first.
    if (before.status === 'PUBLISHED' && !content.summary.trim()) {
      const message = 'A published comparison needs a summary: it is the first thing readers see. Write one, or move the comparison to drafts first.';
      throw new AppError('VALIDATION', message, { fieldErrors: { summary: [message] } });
    }
    if (baseline) await ensureBaselineRevision(tx, { entityType: 'COMPARISON', entityId: id, version, snapshot: baseline });
    await writeContent(tx, id, content);
    const row = await readSnapshotRow(tx, id);
    await recordRevision(tx, { entityType: 'COMPARISON', entityId: id, version: row.version, snapshot: toSnapshot(row), author: actor, message });
    await recordAuditEvent({ actor, action, targetType: 'comparison', targetId: id, ip: actor.ip, details: { version: row.version, ...details } }, tx);
    return toTarget(
      row,
      before.categories.map((c) => c.categoryId),
    );
  }, TX_OPTIONS);
}

/** Saves the editor's form, based on `version` (the one the form was loaded from). */
export async function updateComparison({ actor, id, version, content, message }: { actor: Actor; id: number; version: number; content: ComparisonContent; message?: string | null }): Promise<ComparisonTarget> {
  assertCan(actor, 'content:edit');
  return saveContent({ actor, id, version, content, message: message?.trim() || null, action: 'comparison.updated' });
}

/**
 * Makes an old revision's content current again, as a new revision: nothing is destroyed,
 * and the status stays as it is (restoring text never publishes or unpublishes a page).
 * Rows whose attribute was deleted since are left out, and the revision message says so.
 */
export async function restoreComparisonRevision({ actor, id, version, revision, message }: { actor: Actor; id: number; version: number; revision: number; message?: string | null }): Promise<ComparisonTarget> {
  assertCan(actor, 'content:edit');
  const stored = await db.revision.findUnique({ where: { entityType_entityId_version: { entityType: 'COMPARISON', entityId: id, version: revision } }, select: { snapshot: true } });
  if (!stored) throw new AppError('NOT_FOUND', `Revision ${revision} of this comparison does not exist.`);
  const snapshot = readSnapshot(stored.snapshot);
  const [attributes, categories, sections] = await Promise.all([
    db.attribute.findMany({ where: { OR: [{ id: { in: snapshot.rows.map((r) => r.attributeId) } }, { slug: { in: snapshot.rows.map((r) => r.attribute) } }] }, select: { id: true, slug: true } }),
    db.category.findMany({ where: { OR: [{ id: { in: snapshot.categories.map((c) => c.id) } }, { slug: { in: snapshot.categories.map((c) => c.slug) } }] }, select: { id: true, slug: true } }),
    db.comparisonSection.findMany({ where: { comparisonId: id }, orderBy: { position: 'asc' }, select: { id: true } }),
  ]);
  const attributeId = (r: ComparisonSnapshot['rows'][number]) => attributes.find((a) => a.id === r.attributeId)?.id ?? attributes.find((a) => a.slug === r.attribute)?.id;
  const rows = [...new Set(snapshot.rows.map(attributeId).filter((v): v is number => v !== undefined))];
  const categoryIds = [...new Set(snapshot.categories.map((c) => categories.find((k) => k.id === c.id || k.slug === c.slug)?.id).filter((v): v is number => v !== undefined))];
  const dropped = snapshot.rows.length - rows.length;
  const note = [`Restored revision ${revision}`, dropped ? `${dropped} row${dropped === 1 ? '' : 's'} left out: attribute deleted` : null, message?.trim() || null].filter(Boolean).join('; ');
  return saveContent({
    actor,
    id,
    version,
    message: note,
    action: 'comparison.restored',
    details: { restoredVersion: revision },
    content: {
      title: snapshot.title?.trim() || null,
      summary: snapshot.summary,
      introduction: snapshot.introduction,
      conclusion: snapshot.conclusion,
      rows,
      // Existing sections are reused by position, so reports on them keep a target.
      sections: snapshot.sections.map((s, i) => ({ id: sections[i]?.id, heading: s.heading, body: s.body })),
      categoryIds,
    },
  });
}

