// Two or more editors deciding the same report at the same moment, from the version they
// loaded: exactly one decision commits, and the others are told who decided first and how.
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { acceptReportWithFact, rejectReport } from '@/lib/db/report-decisions';
import { AppError } from '@/lib/errors';
import { acceptApplySchema, rejectSchema } from '@/lib/validation/report-decisions';
import { createActor } from '../support/figure-factories';
import { createReport, createReportedComparison } from '../support/report-factories';

afterAll(() => disconnectDb());

const apply = (values: Record<string, unknown>) => acceptApplySchema.parse({ version: 1, factVersion: 1, side: 'B', ...values });
const reject = (values: Record<string, unknown>) => rejectSchema.parse({ version: 1, confirm: 'yes', resolution: 'The parish register gives 1791; the page is right.', ...values });

describe('two editors deciding one report', () => {
  it('lets exactly one of them win; the other is told it was already decided, by whom and how', async () => {
    const [ann, bob] = await Promise.all([createActor('EDITOR', 'Ann Accepter'), createActor('ADMIN', 'Bob Rejecter')]);
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });

    const results = await Promise.allSettled([
      acceptReportWithFact({ actor: ann, input: apply({ id: report.id, value: '1792' }) }),
      rejectReport({ actor: bob, input: reject({ id: report.id }) }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect(lost[0]!.reason.code).toBe('CONFLICT');
    expect(lost[0]!.reason.message).toMatch(/^This report was already decided: (Ann Accepter accepted it on .+ UTC|Bob Rejecter rejected it on .+ UTC \(“The parish register gives 1791; the page is right\.”\))\. Nothing was changed\.$/);

    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, version: true, decidedById: true } });
    const fact = await db.fact.findUniqueOrThrow({ where: { id: page.factB.id }, select: { value: true } });
    expect(stored.version).toBe(2);
    // The loser left no trace: the fact matches the winner's decision.
    if (stored.status === 'ACCEPTED') expect([stored.decidedById, fact.value]).toEqual([ann.id, '1792']);
    else expect([stored.status, stored.decidedById, fact.value]).toEqual(['REJECTED', bob.id, '1791']);
    expect(await db.auditEvent.count({ where: { targetType: 'report', targetId: String(report.id) } })).toBe(1);
  });

  it('words the refusal for each winner: an acceptance, or a rejection with its reason', async () => {
    const [ann, bob] = await Promise.all([createActor('EDITOR', 'Ann Accepter'), createActor('ADMIN', 'Bob Rejecter')]);
    const page = await createReportedComparison();
    const first = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });
    await rejectReport({ actor: bob, input: reject({ id: first.id }) });
    await expect(acceptReportWithFact({ actor: ann, input: apply({ id: first.id, value: '1792' }) })).rejects.toThrow(
      /^This report was already decided: Bob Rejecter rejected it on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC \(“The parish register gives 1791; the page is right\.”\)\. Nothing was changed\.$/,
    );

    const second = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', suggestedValue: '1816' });
    await acceptReportWithFact({ actor: ann, input: apply({ id: second.id, side: 'A', value: '1816' }) });
    await expect(rejectReport({ actor: bob, input: reject({ id: second.id }) })).rejects.toThrow(
      /^This report was already decided: Ann Accepter accepted it on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\. Nothing was changed\.$/,
    );
  });

  it('commits one of five identical applications: one fact revision, four refusals', async () => {
    const editors = await Promise.all(Array.from({ length: 5 }, (_, i) => createActor('EDITOR', `Racer ${i}`)));
    const page = await createReportedComparison();
    const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'A', suggestedValue: '1816' });
    const results = await Promise.allSettled(editors.map((actor) => acceptReportWithFact({ actor, input: apply({ id: report.id, side: 'A', value: '1816' }) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason.message).toContain('already decided');
    expect(await db.revision.count({ where: { entityType: 'FACT', entityId: page.factA.id, version: { gte: 2 } } })).toBe(1);
  });
});
