// Authorization matrix entries for lib/actions/categories.ts and the admin category pages
// (format: ./types.ts). Every editor and admin may manage categories; anonymous callers may not.
import CategoryHistoryPage from '@/app/(admin)/admin/categories/[id]/history/page';
import CategoryPage from '@/app/(admin)/admin/categories/[id]/page';
import NewCategoryPage from '@/app/(admin)/admin/categories/new/page';
import CategoriesPage from '@/app/(admin)/admin/categories/page';
import { createCategoryAction, deleteCategoryAction, restoreCategoryRevisionAction, updateCategoryAction } from '@/lib/actions/categories';
import { initialActionResult } from '@/lib/actions/result';
import { renderAdminPage } from '../../support/authorization';
import { createCategory, unique } from '../../support/factories';
import { form, type ActionCase } from './types';

const EDITORS: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

/** Keeps each entry's fixture type checked, then files it with the others. */
function entry<T>(c: ActionCase<T>): ActionCase {
  return c as unknown as ActionCase;
}

type Category = { id: number; slug: string };

const page = (module: string, render: (category: Category) => Promise<unknown>): ActionCase =>
  entry({ module, action: 'page', allowed: EDITORS, setup: () => createCategory(), call: render });

export const cases: ActionCase[] = [
  entry({
    module: 'categories',
    action: 'createCategoryAction',
    allowed: EDITORS,
    call: () => createCategoryAction(initialActionResult, form({ name: 'Authorization matrix category', slug: unique('authz') })),
  }),
  entry({
    module: 'categories',
    action: 'updateCategoryAction',
    allowed: EDITORS,
    setup: () => createCategory(),
    call: (category: Category) => updateCategoryAction(initialActionResult, form({ id: category.id, version: 1, name: 'Renamed by the matrix', slug: category.slug })),
  }),
  entry({
    module: 'categories',
    action: 'restoreCategoryRevisionAction',
    allowed: EDITORS,
    setup: () => createCategory(),
    call: (category: Category) => restoreCategoryRevisionAction(initialActionResult, form({ id: category.id, version: 1, revisionVersion: 1 })),
  }),
  entry({
    module: 'categories',
    action: 'deleteCategoryAction',
    allowed: EDITORS,
    setup: () => createCategory(),
    call: (category: Category) => deleteCategoryAction(initialActionResult, form({ id: category.id, version: 1, confirm: 'yes' })),
  }),
  page('/admin/categories', () => renderAdminPage(CategoriesPage)),
  page('/admin/categories/new', () => renderAdminPage(NewCategoryPage)),
  page('/admin/categories/[id]', (c) => renderAdminPage(CategoryPage, { params: { id: String(c.id) } })),
  page('/admin/categories/[id]/history', (c) => renderAdminPage(CategoryHistoryPage, { params: { id: String(c.id) } })),
];
