// The admin comparison list, and who may do what in the data layer (anonymous, editor, admin).
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { getComparisonForEdit, getComparisonPreview, listAdminComparisons } from '@/lib/db/admin-comparisons';
import { disconnectDb } from '@/lib/db/client';
import { createComparison, restoreComparisonRevision, updateComparison } from '@/lib/db/comparison-saves';
import { setComparisonStatus } from '@/lib/db/comparison-status';
import { getComparisonPage } from '@/lib/db/comparisons';
import { createActor, createDraftAs, EMPTY_CONTENT, refusal } from '../support/comparison-factories';
import { createFigure, madeUpWord } from '../support/factories';

afterAll(() => disconnectDb());

describe('the admin list', () => {
  it('filters by status, searches titles and figures, and pages without overlap', async () => {
    const editor = await createActor('EDITOR');
    const word = madeUpWord();
    const a = await createFigure({ name: `${word} Alpha` });
    const created = [];
    for (let i = 0; i < 5; i += 1) {
      const b = await createFigure();
      created.push(await createComparison({ actor: editor, figureAId: a.id, figureBId: b.id }));
    }
    await updateComparison({ actor: editor, id: created[0]!.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Live.' } });
    await setComparisonStatus({ actor: editor, id: created[0]!.id, version: 2, status: 'PUBLISHED' });

    const all = await listAdminComparisons({ actor: editor, query: word.toLowerCase() });
    expect(all.total).toBe(5);
    const published = await listAdminComparisons({ actor: editor, query: word, status: 'PUBLISHED' });
    expect(published.items.map((c) => c.id)).toEqual([created[0]!.id]);
    expect((await listAdminComparisons({ actor: editor, query: word, status: 'DRAFT' })).total).toBe(4);

    const pages = await Promise.all([1, 2, 3].map((page) => listAdminComparisons({ actor: editor, query: word, page, pageSize: 2 })));
    expect(pages.map((p) => p.totalPages)).toEqual([3, 3, 3]);
    const ids = pages.flatMap((p) => p.items.map((c) => c.id));
    expect(new Set(ids).size).toBe(5);
    expect(ids.sort()).toEqual(created.map((c) => c.id).sort());
    // Out of range pages show the last page rather than nothing.
    expect((await listAdminComparisons({ actor: editor, query: word, page: 99, pageSize: 2 })).page).toBe(3);
  });
});

describe('authorization in the data layer', () => {
  it('refuses anonymous callers everything', async () => {
    const editor = await createActor('EDITOR');
    const { a, b, target } = await createDraftAs(editor);
    const anonymous = null as unknown as Actor;
    const calls = [
      () => listAdminComparisons({ actor: anonymous }),
      () => getComparisonForEdit({ actor: anonymous, id: target.id }),
      () => getComparisonPreview({ actor: anonymous, id: target.id }),
      () => createComparison({ actor: anonymous, figureAId: a.id, figureBId: b.id }),
      () => updateComparison({ actor: anonymous, id: target.id, version: 1, content: EMPTY_CONTENT }),
      () => setComparisonStatus({ actor: anonymous, id: target.id, version: 1, status: 'ARCHIVED' }),
      () => restoreComparisonRevision({ actor: anonymous, id: target.id, version: 1, revision: 1 }),
    ];
    for (const call of calls) expect((await refusal(call())).code).toBe('UNAUTHORIZED');
    expect((await getComparisonForEdit({ actor: editor, id: target.id }))?.version).toBe(1);
  });

  it('lets editors edit and publish, but only admins preview drafts', async () => {
    const [editor, admin] = await Promise.all([createActor('EDITOR'), createActor('ADMIN')]);
    const { target } = await createDraftAs(editor);
    await updateComparison({ actor: editor, id: target.id, version: 1, content: { ...EMPTY_CONTENT, summary: 'Draft text only admins preview.' } });

    expect((await refusal(getComparisonPreview({ actor: editor, id: target.id }))).code).toBe('FORBIDDEN');
    const preview = await getComparisonPreview({ actor: admin, id: target.id });
    expect(preview?.page).toMatchObject({ id: target.id, status: 'DRAFT', summary: 'Draft text only admins preview.' });
    expect(await getComparisonPreview({ actor: admin, id: 2_000_000_000 })).toBeNull();

    await setComparisonStatus({ actor: editor, id: target.id, version: 2, status: 'PUBLISHED' });
    await updateComparison({ actor: admin, id: target.id, version: 3, content: { ...EMPTY_CONTENT, summary: 'Edited by an admin.' } });
    expect(await getComparisonPage({ slug: target.slug })).toMatchObject({ summary: 'Edited by an admin.' });
  });
});
