// Twenty editors save the same comparison at the same moment, all from the version they
// loaded: exactly one save may win, and nothing anyone typed may be silently overwritten.
import { afterAll, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { createComparison, updateComparison } from '@/lib/db/comparison-saves';
import { createActor, createPair } from '../support/comparison-factories';

afterAll(() => disconnectDb());

it('commits exactly one of 20 concurrent saves from the same version; 19 get a conflict and one revision is added', async () => {
  const editors = await Promise.all(Array.from({ length: 20 }, (_, i) => createActor(i % 2 ? 'EDITOR' : 'ADMIN', `Racer ${i}`)));
  const { a, b, attributes } = await createPair();
  const { id, version } = await createComparison({ actor: editors[0]!, figureAId: a.id, figureBId: b.id });
  const revisionsBefore = await db.revision.count({ where: { entityType: 'COMPARISON', entityId: id } });

  const results = await Promise.allSettled(
    editors.map((actor, i) =>
      updateComparison({
        actor,
        id,
        version,
        message: `Save ${i}`,
        content: {
          title: `Title from racer ${i}`,
          summary: `Summary from racer ${i}.`,
          introduction: '',
          conclusion: '',
          rows: i % 2 ? [attributes.shared.id, attributes.onlyA.id] : [attributes.onlyA.id],
          sections: [{ heading: `Heading ${i}`, body: `Body ${i}.` }],
          categoryIds: [],
        },
      }),
    ),
  );

  const committed = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(committed).toHaveLength(1);
  expect(refused).toHaveLength(19);
  for (const r of refused) expect(r.reason).toMatchObject({ code: 'CONFLICT', details: { conflict: { version: version + 1 } } });

  const winner = committed[0]!;
  // The other editors see the winner's text in their conflict view.
  expect((refused[0]!.reason as { details: { conflict: { theirs: { summary: string }; changedBy: string } } }).details.conflict).toMatchObject({
    theirs: { summary: `Summary from racer ${winner}.` },
    changedBy: `Racer ${winner}`,
  });

  // Exactly one revision was added, and the stored comparison is the winner's, whole.
  expect(await db.revision.count({ where: { entityType: 'COMPARISON', entityId: id } })).toBe(revisionsBefore + 1);
  const stored = await db.comparison.findUniqueOrThrow({
    where: { id },
    select: { version: true, title: true, summary: true, rows: { orderBy: { position: 'asc' }, select: { attributeId: true } }, sections: { select: { heading: true } } },
  });
  expect(stored).toEqual({
    version: version + 1,
    title: `Title from racer ${winner}`,
    summary: `Summary from racer ${winner}.`,
    rows: (winner % 2 ? [attributes.shared.id, attributes.onlyA.id] : [attributes.onlyA.id]).map((attributeId) => ({ attributeId })),
    sections: [{ heading: `Heading ${winner}` }],
  });
  const revision = await db.revision.findFirstOrThrow({ where: { entityType: 'COMPARISON', entityId: id, version: version + 1 }, select: { authorId: true, message: true } });
  expect(revision).toEqual({ authorId: editors[winner]!.id, message: `Save ${winner}` });
  expect(await db.auditEvent.count({ where: { action: 'comparison.updated', targetId: String(id) } })).toBe(1);
}, 60_000);
