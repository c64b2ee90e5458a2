// The embedded database as `npm start` runs it without DATABASE_URL: PGlite in this process,
// one connection shared by every request, reached through Prisma's PGlite adapter.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonSlug, pairKey } from '@/lib/comparisons/slug';
import { PrismaClient } from '@/lib/db/generated/client';
import { deployMigrations } from '@/lib/db/migrations';
import { pgliteRunner } from '../support/database';
import { unique } from '../support/factories';

let pglite: PGlite;
let client: PrismaClient;

beforeAll(async () => {
  pglite = new PGlite({ dataDir: 'memory://' });
  await deployMigrations(pgliteRunner(pglite));
  client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await pglite?.close();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the embedded database', () => {
  it('keeps a transaction’s uncommitted rows from concurrent requests, and waits instead of deadlocking', async () => {
    const slug = unique('cat');
    const inserted = deferred();
    const finish = deferred();
    const seenInside: (string | undefined)[] = [];

    const transaction = client.$transaction(
      async (tx) => {
        await tx.category.create({ data: { slug, name: 'Uncommitted' } });
        inserted.resolve();
        await finish.promise;
        seenInside.push((await tx.category.findUnique({ where: { slug } }))?.name);
        throw new Error('roll back');
      },
      { timeout: 20_000 },
    );

    await inserted.promise;
    // Another request reads while the transaction is still open.
    let readFinished = false;
    const concurrentRead = client.category.findUnique({ where: { slug } }).then((row) => {
      readFinished = true;
      return row;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const finishedWhileOpen = readFinished;
    finish.resolve();

    await expect(transaction).rejects.toThrow('roll back');
    expect(seenInside).toEqual(['Uncommitted']);
    expect(await concurrentRead).toBeNull();
    // It waited for the transaction to end rather than read its rows on the shared connection.
    expect(finishedWhileOpen).toBe(false);
    expect(await client.category.findUnique({ where: { slug } })).toBeNull();
  });

  it('shows a committed transaction’s rows to later requests', async () => {
    const categorySlug = unique('cat');
    const attributeSlug = unique('attr');
    await client.$transaction(async (tx) => {
      await tx.category.create({ data: { slug: categorySlug, name: 'Committed' } });
      await tx.attribute.create({ data: { slug: attributeSlug, label: 'Committed' } });
    });
    expect(await client.category.findUnique({ where: { slug: categorySlug }, select: { name: true } })).toEqual({ name: 'Committed' });
    expect(await client.attribute.findUnique({ where: { slug: attributeSlug }, select: { label: true } })).toEqual({ label: 'Committed' });
  });

  it('answers many concurrent requests, with a transaction among them', async () => {
    const slugs = Array.from({ length: 8 }, () => unique('cat'));
    const results = await Promise.all([
      ...slugs.map((slug) => client.category.create({ data: { slug, name: slug }, select: { slug: true } })),
      client.$transaction(async (tx) => tx.category.count({ where: { slug: { in: slugs } } })),
      ...slugs.map((slug) => client.category.findUnique({ where: { slug }, select: { slug: true } })),
    ]);
    expect(results).toHaveLength(17);
    expect(await client.category.count({ where: { slug: { in: slugs } } })).toBe(8);
  });

  it('loads a comparison page’s relations in one query with relation joins', async () => {
    const [born, died] = await Promise.all([
      client.attribute.create({ data: { slug: unique('attr'), label: 'Born' } }),
      client.attribute.create({ data: { slug: unique('attr'), label: 'Died' } }),
    ]);
    const figure = (name: string, facts: [number, string][]) =>
      client.figure.create({
        data: { slug: unique('fig'), name, kind: 'PERSON', description: `${name}.`, facts: { create: facts.map(([attributeId, value]) => ({ attributeId, value })) } },
      });
    const a = await figure('Ada', [[born.id, '1815'], [died.id, '1852']]);
    const b = await figure('Charles', [[born.id, '1791']]);
    const category = await client.category.create({ data: { slug: unique('cat'), name: 'Computing' } });
    const slug = comparisonSlug(a.slug, b.slug);
    await client.comparison.create({
      data: {
        slug,
        pairKey: pairKey(a.id, b.id),
        figureAId: a.id,
        figureBId: b.id,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        summary: 'Two pioneers.',
        rows: { create: [{ attributeId: died.id, position: 0 }, { attributeId: born.id, position: 1 }] },
        sections: { create: [{ heading: 'First', body: 'One.', position: 1 }, { heading: 'Zeroth', body: 'Zero.', position: 0 }] },
        categories: { create: [{ categoryId: category.id }] },
      },
    });

    const queries: string[] = [];
    const logged = new PrismaClient({ adapter: new PrismaPGlite(pglite), log: [{ emit: 'event', level: 'query' }] });
    logged.$on('query', (event) => queries.push(event.query));
    try {
      const page = await logged.comparison.findUnique({
        where: { slug },
        relationLoadStrategy: 'join',
        select: {
          slug: true,
          figureA: { select: { name: true, facts: { select: { attributeId: true, value: true } } } },
          figureB: { select: { name: true, facts: { select: { attributeId: true, value: true } } } },
          rows: { orderBy: { position: 'asc' }, select: { attribute: { select: { label: true } } } },
          sections: { orderBy: { position: 'asc' }, select: { heading: true } },
          categories: { select: { category: { select: { name: true } } } },
        },
      });
      expect(page).toMatchObject({
        slug,
        figureA: { name: 'Ada' },
        figureB: { name: 'Charles', facts: [{ attributeId: born.id, value: '1791' }] },
        rows: [{ attribute: { label: 'Died' } }, { attribute: { label: 'Born' } }],
        sections: [{ heading: 'Zeroth' }, { heading: 'First' }],
        categories: [{ category: { name: 'Computing' } }],
      });
      expect(page?.figureA.facts.map((f) => f.value).sort()).toEqual(['1815', '1852']);
      expect(queries).toHaveLength(1);
    } finally {
      await logged.$disconnect();
    }
  });

  it('keeps the search vectors current through the hand-written triggers', async () => {
    const a = await client.figure.create({ data: { slug: unique('fig'), name: 'Embedded Qoxavizog', kind: 'THING', description: 'x' } });
    const rows = await client.$queryRaw<{ slug: string }[]>`SELECT slug FROM figures WHERE search_vector @@ to_tsquery('english', 'qoxavizog')`;
    expect(rows).toEqual([{ slug: a.slug }]);
  });
});
