// Test data for the admin comparison tests: signed-in users (actors) and a pair of figures
// with facts, each with unique slugs and emails so tests run in parallel without cleanup.
import { expect } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import type { Role } from '../../lib/auth/permissions';
import { db } from '../../lib/db/client';
import { createComparison as createComparisonAsEditor } from '../../lib/db/comparison-saves';
import { AppError } from '../../lib/errors';
import type { ComparisonContent } from '../../lib/validation/comparisons';
import { createAttribute, createComparison, createFigure, unique } from './factories';

/** A user in the database (revisions name their author) as the actor lib/db functions take. */
export async function createActor(role: Role, name = `${role === 'ADMIN' ? 'Admin' : 'Editor'} ${unique('u')}`): Promise<Actor> {
  const email = `${unique(role.toLowerCase())}@example.test`;
  const user = await db.user.create({ data: { email, name, role, passwordHash: 'not-a-real-hash' }, select: { id: true } });
  return { id: user.id, email, name, role, mustChangePassword: false, ip: '127.0.0.1' };
}

/**
 * Two figures and three attributes: "shared" has a fact on both sides, "onlyA" on A only,
 * "neither" on no side.
 */
export async function createPair() {
  const [shared, onlyA, neither] = await Promise.all([createAttribute({ label: 'Born' }), createAttribute({ label: 'Known For' }), createAttribute({ label: 'Motto' })]);
  const a = await createFigure({ name: `Ada ${unique('n')}`, facts: [{ attributeId: shared.id, value: '1815' }, { attributeId: onlyA.id, value: 'Notes on the engine' }] });
  const b = await createFigure({ name: `Charles ${unique('n')}`, facts: [{ attributeId: shared.id, value: '1791' }] });
  return { a, b, attributes: { shared, onlyA, neither } };
}

/**
 * A draft comparison with a summary (so it can be published) and its revision 1, as if
 * created in the admin area, without needing an actor.
 */
export async function createDraftComparison() {
  const [a, b] = await Promise.all([createFigure(), createFigure()]);
  const comparison = await createComparison({ a, b, status: 'DRAFT', summary: 'A draft ready to publish.' });
  await db.revision.create({
    data: {
      entityType: 'COMPARISON',
      entityId: comparison.id,
      version: comparison.version,
      message: 'Created',
      snapshot: { slug: comparison.slug, figureA: a.slug, figureB: b.slug, title: null, summary: comparison.summary, introduction: '', conclusion: '', rows: [], sections: [], categories: [], status: 'DRAFT' },
    },
  });
  return { ...comparison, a, b };
}

/** Content with nothing in it, to spread a test's few fields over. */
export const EMPTY_CONTENT: ComparisonContent = { title: null, summary: '', introduction: '', conclusion: '', rows: [], sections: [], categoryIds: [] };

/** A new pair (see createPair) and its draft comparison, created by `actor` as the admin area does (revision 1). */
export async function createDraftAs(actor: Actor) {
  const pair = await createPair();
  const target = await createComparisonAsEditor({ actor, figureAId: pair.a.id, figureBId: pair.b.id });
  return { ...pair, target };
}

/** The audit events about a comparison, oldest first. */
export function comparisonAudits(id: number) {
  return db.auditEvent.findMany({ where: { targetType: 'comparison', targetId: String(id) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, ip: true, details: true } });
}

/** The AppError a call is refused with (fails the test when it succeeds or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
