// Authorization matrix entries for lib/actions/comparisons.ts (format: ./types.ts). Every
// comparison action is open to editors and admins, closed to anonymous visitors; the
// admin-only preview is a page, checked in the data layer (admin-comparisons.test.ts).
import {
  archiveComparisonAction,
  createComparisonAction,
  publishComparisonAction,
  restoreComparisonRevisionAction,
  unpublishComparisonAction,
  updateComparisonAction,
} from '@/lib/actions/comparisons';
import { initialActionResult } from '@/lib/actions/result';
import { createDraftComparison } from '../../support/comparison-factories';
import { createFigure } from '../../support/factories';
import { form, type ActionCase } from './types';

/** Keeps each entry's fixture typed while the list holds entries of different fixtures. */
function entry<T>(c: ActionCase<T>): ActionCase {
  return c as unknown as ActionCase;
}

type Draft = Awaited<ReturnType<typeof createDraftComparison>>;

export const cases: ActionCase[] = [
  entry({
    module: 'comparisons',
    action: 'createComparisonAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: async () => Promise.all([createFigure(), createFigure()]),
    call: ([a, b]) => createComparisonAction(initialActionResult, form({ figureAId: a.id, figureBId: b.id })),
  }),
  entry<Draft>({
    module: 'comparisons',
    action: 'updateComparisonAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: createDraftComparison,
    call: (c) => updateComparisonAction(initialActionResult, form({ id: c.id, version: c.version, summary: 'Edited in the authorization test.', intent: 'save' })),
  }),
  entry<Draft>({
    module: 'comparisons',
    action: 'publishComparisonAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: createDraftComparison,
    call: (c) => publishComparisonAction(initialActionResult, form({ id: c.id, version: c.version })),
  }),
  entry<Draft>({
    module: 'comparisons',
    action: 'unpublishComparisonAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: createDraftComparison,
    call: (c) => unpublishComparisonAction(initialActionResult, form({ id: c.id, version: c.version })),
  }),
  entry<Draft>({
    module: 'comparisons',
    action: 'archiveComparisonAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: createDraftComparison,
    call: (c) => archiveComparisonAction(initialActionResult, form({ id: c.id, version: c.version })),
  }),
  entry<Draft>({
    module: 'comparisons',
    action: 'restoreComparisonRevisionAction',
    allowed: ['EDITOR', 'ADMIN'],
    setup: createDraftComparison,
    call: (c) => restoreComparisonRevisionAction(initialActionResult, form({ id: c.id, version: c.version, revision: 1 })),
  }),
];
