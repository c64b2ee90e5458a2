// Authorization matrix entries for lib/actions/figures.ts, facts.ts and attributes.ts, and the
// figure form's routes under /api/admin/figures (format: ./types.ts). Every editor and admin
// may edit content; anonymous callers may not.
import { createAttributeAction, restoreAttributeRevisionAction, updateAttributeAction } from '@/lib/actions/attributes';
import { restoreFactRevisionAction, saveFactAction } from '@/lib/actions/facts';
import { POST as saveFigure } from '@/app/api/admin/figures/[id]/route';
import { POST as createFigureRoute } from '@/app/api/admin/figures/route';
import { deleteFigureAction, restoreFigureRevisionAction } from '@/lib/actions/figures';
import { initialActionResult } from '@/lib/actions/result';
import { createAttribute, createFigure, unique } from '../../support/factories';
import { form, type ActionCase } from './types';

const EDITORS: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

const figureFields = (slug: string) => ({ name: `Figure ${slug}`, slug, kind: 'PERSON', description: 'A figure made by the authorization matrix.' });

/** The figure form as the browser's fetch posts it (a 401 or 403 is a refusal). */
function figurePost(path: string, values: Record<string, string | number>): Request {
  return new Request(`http://contrast.test${path}`, { method: 'POST', headers: { accept: 'application/json' }, body: form(values) });
}

/** Keeps each entry's fixture type checked, then files it with the others. */
function entry<T>(c: ActionCase<T>): ActionCase {
  return c as unknown as ActionCase;
}

export const cases: ActionCase[] = [
  entry({
    module: '/api/admin/figures',
    action: 'POST',
    allowed: EDITORS,
    call: () => createFigureRoute(figurePost('/api/admin/figures', figureFields(unique('authz')))),
  }),
  entry({
    module: '/api/admin/figures/[id]',
    action: 'POST',
    allowed: EDITORS,
    setup: () => createFigure(),
    call: (figure: { id: number; slug: string }) =>
      saveFigure(figurePost(`/api/admin/figures/${figure.id}`, { version: 1, ...figureFields(figure.slug) }), { params: Promise.resolve({ id: String(figure.id) }) }),
  }),
  entry({
    module: 'figures',
    action: 'deleteFigureAction',
    allowed: EDITORS,
    setup: () => createFigure(),
    call: (figure: { id: number }) => deleteFigureAction(initialActionResult, form({ id: figure.id, version: 1, confirm: 'yes' })),
  }),
  entry({
    module: 'figures',
    action: 'restoreFigureRevisionAction',
    allowed: EDITORS,
    setup: () => createFigure(),
    // The factory records no revision: an allowed caller gets "no version 1", a denied one is stopped before.
    call: (figure: { id: number }) => restoreFigureRevisionAction(initialActionResult, form({ id: figure.id, version: 1, revisionVersion: 1 })),
  }),
  entry({
    module: 'facts',
    action: 'saveFactAction',
    allowed: EDITORS,
    setup: async () => ({ figure: await createFigure(), attribute: await createAttribute() }),
    call: ({ figure, attribute }: { figure: { id: number }; attribute: { id: number } }) =>
      saveFactAction(initialActionResult, form({ figureId: figure.id, attributeId: attribute.id, version: 0, value: 'A value from the authorization matrix' })),
  }),
  entry({
    module: 'facts',
    action: 'restoreFactRevisionAction',
    allowed: EDITORS,
    call: () => restoreFactRevisionAction(initialActionResult, form({ id: 2_000_000_000, version: 1, revisionVersion: 1 })),
  }),
  entry({
    module: 'attributes',
    action: 'createAttributeAction',
    allowed: EDITORS,
    call: () => createAttributeAction(initialActionResult, form({ label: 'Authorization matrix attribute', slug: unique('authz') })),
  }),
  entry({
    module: 'attributes',
    action: 'updateAttributeAction',
    allowed: EDITORS,
    setup: () => createAttribute(),
    call: (attribute: { id: number; slug: string }) => updateAttributeAction(initialActionResult, form({ id: attribute.id, version: 1, label: 'Renamed by the matrix', slug: attribute.slug })),
  }),
  entry({
    module: 'attributes',
    action: 'restoreAttributeRevisionAction',
    allowed: EDITORS,
    setup: () => createAttribute(),
    call: (attribute: { id: number }) => restoreAttributeRevisionAction(initialActionResult, form({ id: attribute.id, version: 1, revisionVersion: 1 })),
  }),
];
