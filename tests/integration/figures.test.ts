import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, sqlStatementCount } from '@/lib/db/client';
import { listFigures } from '@/lib/db/figures';
import { createComparison, createFigure, unique } from '../support/factories';

afterAll(() => disconnectDb());

describe('the index of figures (/figures)', () => {
  it('lists every figure by name, with its kind and its number of published comparisons, in one statement', async () => {
    const tag = unique('idx');
    const ada = await createFigure({ name: `Aaa Ada ${tag}`, kind: 'PERSON' });
    const rome = await createFigure({ name: `Aaa Rome ${tag}`, kind: 'PLACE' });
    const loom = await createFigure({ name: `Aaa Loom ${tag}`, kind: 'THING' });
    await createComparison({ a: ada, b: rome });
    await createComparison({ a: loom, b: ada });
    await createComparison({ a: rome, b: loom, status: 'DRAFT' });

    const before = sqlStatementCount();
    const figures = await listFigures();
    expect(sqlStatementCount() - before).toBe(1);

    const ours = figures.filter((f) => f.name.endsWith(tag));
    expect(ours.map((f) => [f.name, f.kind, f.comparisons])).toEqual([
      [`Aaa Ada ${tag}`, 'PERSON', 2],
      [`Aaa Loom ${tag}`, 'THING', 1],
      [`Aaa Rome ${tag}`, 'PLACE', 1],
    ]);
  });
});
