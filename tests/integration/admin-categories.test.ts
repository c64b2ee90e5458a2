// Categories in the admin area, against PostgreSQL: create, edit with revisions and conflict
// checks, slug changes that keep old addresses working, restore and delete.
import { afterAll, describe, expect, it } from 'vitest';
import { createCategory, deleteCategory, getCategoryForEdit, listCategoriesForAdmin, restoreCategoryRevision, updateCategory } from '@/lib/db/admin-categories';
import { getCategory, getRenamedCategorySlug } from '@/lib/db/categories';
import { db, disconnectDb } from '@/lib/db/client';
import { listRevisions } from '@/lib/db/revisions';
import { categoryCreateSchema } from '@/lib/validation/categories';
import { createActor, refusal } from '../support/comparison-factories';
import { createComparison, createFigure, unique } from '../support/factories';

afterAll(() => disconnectDb());

const input = (name: string, slug = '', description = '') => categoryCreateSchema.parse({ name, slug, description });
const audits = (id: number) =>
  db.auditEvent.findMany({ where: { targetType: 'category', targetId: String(id) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });

describe('categories in the admin area', () => {
  it('creates a category with a slug made from its name, as revision 1, audited', async () => {
    const editor = await createActor('EDITOR');
    const name = `Food & Drink ${unique('c')}`;
    const { id, version } = await createCategory({ actor: editor, input: input(name, '', 'What we eat and drink.') });

    expect(version).toBe(1);
    const category = await getCategoryForEdit({ actor: editor, id });
    expect(category).toMatchObject({ name, slug: name.toLowerCase().replace(/ & /g, '-').replace(/ /g, '-'), description: 'What we eat and drink.', usage: [] });
    expect(await listRevisions({ actor: editor, entityType: 'CATEGORY', entityId: id })).toMatchObject([{ version: 1, message: 'Created', author: { name: editor.name } }]);
    expect(await audits(id)).toEqual([{ action: 'category.created', actorId: editor.id }]);
    expect((await listCategoriesForAdmin({ actor: editor })).find((c) => c.id === id)).toMatchObject({ name, comparisons: 0, published: 0 });
  });

  it('renames and moves a category: the old address leads to the new one, each save a revision', async () => {
    const editor = await createActor('EDITOR');
    const oldSlug = unique('old');
    const { id } = await createCategory({ actor: editor, input: input('Old name', oldSlug) });
    const newSlug = unique('new');

    const saved = await updateCategory({ actor: editor, id, version: 1, input: { ...input('New name', newSlug), message: 'Clearer name' } });
    expect(saved).toEqual({ id, version: 2, previousSlug: oldSlug });
    expect(await getCategory({ slug: newSlug })).toMatchObject({ id, name: 'New name' });
    expect(await getCategory({ slug: oldSlug })).toBeNull();
    expect(await getRenamedCategorySlug({ slug: oldSlug })).toBe(newSlug);
    expect((await listRevisions({ actor: editor, entityType: 'CATEGORY', entityId: id })).map((r) => [r.version, r.message])).toEqual([
      [2, 'Clearer name'],
      [1, 'Created'],
    ]);
    expect((await audits(id)).map((a) => a.action)).toEqual(['category.created', 'category.updated']);

    // Moving back makes the old slug the category's own again, not a redirect.
    await updateCategory({ actor: editor, id, version: 2, input: input('New name', oldSlug) });
    expect(await getRenamedCategorySlug({ slug: oldSlug })).toBeNull();
    expect(await getRenamedCategorySlug({ slug: newSlug })).toBe(oldSlug);
  });

  it('refuses a slug in use, or one whose old links lead to another category, saving nothing', async () => {
    const editor = await createActor('EDITOR');
    const taken = unique('taken');
    await createCategory({ actor: editor, input: input('Taken', taken) });
    const moved = unique('moved');
    const { id: movedId } = await createCategory({ actor: editor, input: input('Moved', moved) });
    await updateCategory({ actor: editor, id: movedId, version: 1, input: input('Moved', unique('elsewhere')) });
    const { id } = await createCategory({ actor: editor, input: input('Mine', unique('mine')) });

    for (const slug of [taken, moved]) {
      const error = await refusal(updateCategory({ actor: editor, id, version: 1, input: input('Mine', slug) }));
      expect(error).toMatchObject({ code: 'VALIDATION', details: { fieldErrors: { slug: [expect.stringContaining(slug)] } } });
    }
    expect(await refusal(createCategory({ actor: editor, input: input('Again', taken) }))).toMatchObject({ code: 'VALIDATION' });
    expect(await getCategoryForEdit({ actor: editor, id })).toMatchObject({ name: 'Mine', version: 1 });
  });

  it('refuses a save based on an old version, with the version now stored', async () => {
    const [first, second] = await Promise.all([createActor('EDITOR'), createActor('EDITOR')]);
    const slug = unique('race');
    const { id } = await createCategory({ actor: first, input: input('Start', slug) });
    await updateCategory({ actor: first, id, version: 1, input: input('Theirs', slug) });

    const error = await refusal(updateCategory({ actor: second, id, version: 1, input: input('Mine', slug) }));
    expect(error).toMatchObject({ code: 'CONFLICT', details: { conflict: { version: 2, theirs: { name: 'Theirs' }, changedBy: first.name } } });
    expect(await getCategoryForEdit({ actor: first, id })).toMatchObject({ name: 'Theirs', version: 2 });
  });

  it('restores an old version as a new revision', async () => {
    const editor = await createActor('EDITOR');
    const slug = unique('restore');
    const { id } = await createCategory({ actor: editor, input: input('First', slug, 'First words.') });
    await updateCategory({ actor: editor, id, version: 1, input: input('Second', slug, 'Second words.') });

    expect(await restoreCategoryRevision({ actor: editor, id, version: 2, revisionVersion: 1 })).toMatchObject({ version: 3 });
    expect(await getCategoryForEdit({ actor: editor, id })).toMatchObject({ name: 'First', description: 'First words.', version: 3 });
    expect((await audits(id)).map((a) => a.action)).toEqual(['category.created', 'category.updated', 'category.restored']);
  });

  it('deletes only a category no comparison is filed under, saying which ones are', async () => {
    const editor = await createActor('EDITOR');
    const { id } = await createCategory({ actor: editor, input: input('In use', unique('used')) });
    const [a, b] = await Promise.all([createFigure({ name: 'Filed A' }), createFigure({ name: 'Filed B' })]);
    const comparison = await createComparison({ a, b, status: 'PUBLISHED', categoryIds: [id] });
    const [c, d] = await Promise.all([createFigure(), createFigure()]);
    await createComparison({ a: c, b: d, status: 'DRAFT', categoryIds: [id] });
    expect((await listCategoriesForAdmin({ actor: editor })).find((x) => x.id === id)).toMatchObject({ comparisons: 2, published: 1 });
    await db.comparisonCategory.deleteMany({ where: { categoryId: id, comparisonId: { not: comparison.id } } });

    const refused = await refusal(deleteCategory({ actor: editor, id, version: 1 }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('“In use” cannot be deleted because a comparison is filed under it: Filed A vs. Filed B. Remove the category from that comparison first.');
    expect((await getCategoryForEdit({ actor: editor, id }))?.usage).toEqual([{ id: comparison.id, slug: comparison.slug, title: 'Filed A vs. Filed B', status: 'PUBLISHED' }]);

    await db.comparisonCategory.deleteMany({ where: { categoryId: id } });
    expect(await refusal(deleteCategory({ actor: editor, id, version: 2 }))).toMatchObject({ code: 'CONFLICT' });
    expect(await deleteCategory({ actor: editor, id, version: 1 })).toMatchObject({ id, name: 'In use' });
    expect(await getCategoryForEdit({ actor: editor, id })).toBeNull();
    expect((await audits(id)).map((a) => a.action)).toEqual(['category.created', 'category.deleted']);
  });
});
