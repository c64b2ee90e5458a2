import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonTitle } from '../comparisons/view';
import { AppError } from '../errors';
import type { FactInput } from '../validation/facts';
import { orNull } from '../validation/shared';
import { recordAuditEvent } from './audit';
import { db } from './client';
import type { Prisma } from './generated/client';
import { recordRevision } from './revisions';
import { conflictError, ensureBaselineRevision, isUniqueViolation } from './versioned-save';

type Tx = Prisma.TransactionClient;

/** What a fact revision records: dates as YYYY-MM-DD, as the form shows them. */
export type FactSnapshot = { value: string; sourceUrl: string | null; note: string | null; verifiedAt: string | null };

const factRowSelect = { id: true, version: true, value: true, sourceUrl: true, note: true, verifiedAt: true } satisfies Prisma.FactSelect;
type FactRow = Prisma.FactGetPayload<{ select: typeof factRowSelect }>;

function toSnapshot(row: Pick<FactRow, 'value' | 'sourceUrl' | 'note' | 'verifiedAt'>): FactSnapshot {
  return { value: row.value, sourceUrl: row.sourceUrl, note: row.note, verifiedAt: row.verifiedAt ? row.verifiedAt.toISOString().slice(0, 10) : null };
}

export type FactEditorRow = { id: number; version: number } & FactSnapshot;

/** Published comparisons of the figure whose table shows the attribute: the pages a fact edit changes. */
function publishedUsingWhere(figureId: number, attributeId?: number): Prisma.ComparisonWhereInput {
  return {
    status: 'PUBLISHED',
    OR: [{ figureAId: figureId }, { figureBId: figureId }],
    ...(attributeId ? { rows: { some: { attributeId } } } : {}),
  };
}

export type FigureFactRow = { attribute: { id: number; slug: string; label: string }; fact: FactEditorRow | null; publishedComparisons: number };

/** Every attribute with the figure's fact for it (or none), and how many published pages show it. */
export async function listFigureFacts({ actor, figureId }: { actor: Actor; figureId: number }): Promise<FigureFactRow[]> {
  assertCan(actor, 'content:edit');
  const [attributes, facts, comparisons] = await Promise.all([
    db.attribute.findMany({ orderBy: [{ label: 'asc' }, { id: 'asc' }], select: { id: true, slug: true, label: true } }),
    db.fact.findMany({ where: { figureId }, select: { ...factRowSelect, attributeId: true } }),
    db.comparison.findMany({ where: publishedUsingWhere(figureId), select: { rows: { select: { attributeId: true } } } }),
  ]);
  const byAttribute = new Map(facts.map((f) => [f.attributeId, f]));
  const uses = new Map<number, number>();
  for (const c of comparisons) for (const r of c.rows) uses.set(r.attributeId, (uses.get(r.attributeId) ?? 0) + 1);
  return attributes.map((attribute) => {
    const fact = byAttribute.get(attribute.id);
    return { attribute, fact: fact ? { id: fact.id, version: fact.version, ...toSnapshot(fact) } : null, publishedComparisons: uses.get(attribute.id) ?? 0 };
  });
}

export type FactEditor = {
  figure: { id: number; name: string; slug: string };
  attribute: { id: number; slug: string; label: string; description: string };
  fact: FactEditorRow | null;
  /** The published comparisons whose page will change when this fact is saved. */
  comparisons: { slug: string; title: string }[];
};

export async function getFactEditor({ actor, figureId, attributeId }: { actor: Actor; figureId: number; attributeId: number }): Promise<FactEditor | null> {
  assertCan(actor, 'content:edit');
  const [figure, attribute, fact, comparisons] = await Promise.all([
    db.figure.findUnique({ where: { id: figureId }, select: { id: true, name: true, slug: true } }),
    db.attribute.findUnique({ where: { id: attributeId }, select: { id: true, slug: true, label: true, description: true } }),
    db.fact.findUnique({ where: { figureId_attributeId: { figureId, attributeId } }, select: factRowSelect }),
    db.comparison.findMany({
      where: publishedUsingWhere(figureId, attributeId),
      orderBy: { slug: 'asc' },
      select: { slug: true, title: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
    }),
  ]);
  if (!figure || !attribute) return null;
  return {
    figure,
    attribute,
    fact: fact ? { id: fact.id, version: fact.version, ...toSnapshot(fact) } : null,
    comparisons: comparisons.map((c) => ({ slug: c.slug, title: comparisonTitle(c) })),
  };
}

export type FactSaveResult = { factId: number; attributeId: number; version: number; figure: { id: number; slug: string }; revisionId: number };

function factData(snapshot: FactSnapshot) {
  return { value: snapshot.value, sourceUrl: snapshot.sourceUrl, note: snapshot.note, verifiedAt: snapshot.verifiedAt ? new Date(`${snapshot.verifiedAt}T00:00:00Z`) : null };
}

async function factConflict(tx: Tx, figureId: number, attributeId: number): Promise<AppError> {
  const row = await tx.fact.findUnique({ where: { figureId_attributeId: { figureId, attributeId } }, select: factRowSelect });
  if (!row) return new AppError('NOT_FOUND', 'This fact was removed while you were editing it.');
  return conflictError(tx, { entityType: 'FACT', entityId: row.id, current: { version: row.version, ...toSnapshot(row) }, noun: 'fact' });
}

type SaveFactArgs = { actor: Actor; input: Pick<FactInput, 'figureId' | 'attributeId' | 'version' | 'message'> & Partial<FactInput>; snapshot?: FactSnapshot; action?: 'fact.restored' | 'fact.corrected' };

/**
 * Adds the figure's fact for an attribute (version 0: the form saw none) or saves a new
 * version of it; refused with the stored version when someone saved in between.
 */
export async function saveFact(args: SaveFactArgs): Promise<FactSaveResult> {
  assertCan(args.actor, 'content:edit');
  try {
    return await db.$transaction((tx) => saveFactInTransaction(tx, args));
  } catch (error) {
    // Two editors adding the same fact at once: the second is told, with the first one's value.
    if (isUniqueViolation(error)) throw await db.$transaction((tx) => factConflict(tx, args.input.figureId, args.input.attributeId));
    throw error;
  }
}

/**
 * saveFact inside a caller's transaction, for changes that must commit together with it
 * (accepting a reader's report applies the fact and resolves the report at once).
 */
export async function saveFactInTransaction(tx: Tx, { actor, input, snapshot: given, action }: SaveFactArgs): Promise<FactSaveResult> {
  assertCan(actor, 'content:edit');
  const { figureId, attributeId, version } = input;
  const snapshot: FactSnapshot = given ?? { value: input.value ?? '', sourceUrl: orNull(input.sourceUrl), note: orNull(input.note), verifiedAt: orNull(input.verifiedAt) };
  const message = input.message || null;
  const figure = await tx.figure.findUnique({ where: { id: figureId }, select: { id: true, slug: true } });
  if (!figure) throw new AppError('NOT_FOUND', 'This figure no longer exists; someone may have deleted it.');
  if (!(await tx.attribute.findUnique({ where: { id: attributeId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'This attribute no longer exists.');
  const current = await tx.fact.findUnique({ where: { figureId_attributeId: { figureId, attributeId } }, select: factRowSelect });

  if (version === 0) {
    if (current) throw await factConflict(tx, figureId, attributeId);
    const created = await tx.fact.create({ data: { figureId, attributeId, ...factData(snapshot) }, select: { id: true, version: true } });
    const revision = await recordRevision(tx, { entityType: 'FACT', entityId: created.id, version: created.version, snapshot, author: actor, message: message ?? 'Added' });
    await recordAuditEvent({ actor, action: 'fact.created', targetType: 'fact', targetId: created.id, ip: actor.ip, details: { figureId, attributeId, version: created.version } }, tx);
    return { factId: created.id, attributeId, version: created.version, figure, revisionId: revision.id };
  }

  if (!current) throw new AppError('NOT_FOUND', 'This fact was removed while you were editing it.');
  if (current.version !== version) throw await factConflict(tx, figureId, attributeId);
  const updated = await tx.fact.updateMany({ where: { id: current.id, version }, data: { ...factData(snapshot), version: { increment: 1 } } });
  if (updated.count === 0) throw await factConflict(tx, figureId, attributeId);
  await ensureBaselineRevision(tx, { entityType: 'FACT', entityId: current.id, version, snapshot: toSnapshot(current) });
  const newVersion = version + 1;
  const revision = await recordRevision(tx, { entityType: 'FACT', entityId: current.id, version: newVersion, snapshot, author: actor, message });
  await recordAuditEvent(
    { actor, action: action ?? 'fact.updated', targetType: 'fact', targetId: current.id, ip: actor.ip, details: { figureId, attributeId, version: newVersion, before: toSnapshot(current), after: snapshot } },
    tx,
  );
  return { factId: current.id, attributeId, version: newVersion, figure, revisionId: revision.id };
}

/** The fact behind a history page, by id. */
export async function getFactForHistory({ actor, id }: { actor: Actor; id: number }) {
  assertCan(actor, 'content:edit');
  return db.fact.findUnique({
    where: { id },
    select: { id: true, version: true, figure: { select: { id: true, name: true, slug: true } }, attribute: { select: { id: true, label: true } } },
  });
}

export async function restoreFactRevision({ actor, id, version, revisionVersion }: { actor: Actor; id: number; version: number; revisionVersion: number }): Promise<FactSaveResult> {
  assertCan(actor, 'content:edit');
  const [fact, revision] = await Promise.all([
    db.fact.findUnique({ where: { id }, select: { figureId: true, attributeId: true } }),
    db.revision.findUnique({ where: { entityType_entityId_version: { entityType: 'FACT', entityId: id, version: revisionVersion } }, select: { snapshot: true } }),
  ]);
  if (!fact) throw new AppError('NOT_FOUND', 'This fact no longer exists.');
  if (!revision) throw new AppError('NOT_FOUND', `There is no version ${revisionVersion} of this fact.`);
  const old = revision.snapshot as Partial<FactSnapshot>;
  if (!old.value) throw new AppError('VALIDATION', `Version ${revisionVersion} is incomplete and cannot be restored.`);
  const snapshot: FactSnapshot = { value: old.value, sourceUrl: old.sourceUrl ?? null, note: old.note ?? null, verifiedAt: old.verifiedAt ?? null };
  return saveFact({ actor, input: { ...fact, version, message: `Restored version ${revisionVersion}` }, snapshot, action: 'fact.restored' });
}
