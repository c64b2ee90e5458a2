// Authorization matrix entries for lib/actions/figures.ts, facts.ts and attributes.ts (format:
// ./types.ts). Every editor and admin may edit content; anonymous callers may not.
import { createAttributeAction, restoreAttributeRevisionAction, updateAttributeAction } from '@/lib/actions/attributes';
import { restoreFactRevisionAction, saveFactAction } from '@/lib/actions/facts';
import { createFigureAction, deleteFigureAction, restoreFigureRevisionAction, updateFigureAction } from '@/lib/actions/figures';
import { initialActionResult } from '@/lib/actions/result';
import { createAttribute, createFigure, unique } from '../../support/factories';
import { form, type ActionCase } from './types';

const EDITORS: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

const figureFields = (slug: string) => ({ name: `Figure ${slug}`, slug, kind: 'PERSON', description: 'A figure made by the authorization matrix.' });

/** Keeps each entry's fixture type checked, then files it with the others. */
function entry<T>(c: ActionCase<T>): ActionCase {
  return c as unknown as ActionCase;
}

export const cases: ActionCase[] = [
  entry({
    module: 'figures',
    action: 'createFigureAction',
    allowed: EDITORS,
    call: () => createFigureAction(initialActionResult, form(figureFields(unique('authz')))),
  }),
  entry({
    module: 'figures',
    action: 'updateFigureAction',
    allowed: EDITORS,
    setup: () => createFigure(),
    call: (figure: { id: number; slug: string }) => updateFigureAction(initialActionResult, form({ id: figure.id, version: 1, ...figureFields(figure.slug) })),
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
