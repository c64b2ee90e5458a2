// The content pages of the admin area: figures, facts, attributes and comparisons are for
// editors and admins; the draft preview is for admins only.
import AttributeHistoryPage from '@/app/(admin)/admin/attributes/[id]/history/page';
import AttributePage from '@/app/(admin)/admin/attributes/[id]/page';
import NewAttributePage from '@/app/(admin)/admin/attributes/new/page';
import AttributesPage from '@/app/(admin)/admin/attributes/page';
import ComparisonVersionPage from '@/app/(admin)/admin/comparisons/[id]/history/[version]/page';
import ComparisonHistoryPage from '@/app/(admin)/admin/comparisons/[id]/history/page';
import ComparisonPage from '@/app/(admin)/admin/comparisons/[id]/page';
import ComparisonPreviewPage from '@/app/(admin)/admin/comparisons/[id]/preview/page';
import NewComparisonPage from '@/app/(admin)/admin/comparisons/new/page';
import ComparisonsPage from '@/app/(admin)/admin/comparisons/page';
import DeleteFigurePage from '@/app/(admin)/admin/figures/[id]/delete/page';
import FactHistoryPage from '@/app/(admin)/admin/figures/[id]/facts/[attributeId]/history/page';
import FactPage from '@/app/(admin)/admin/figures/[id]/facts/[attributeId]/page';
import FigureHistoryPage from '@/app/(admin)/admin/figures/[id]/history/page';
import FigurePage from '@/app/(admin)/admin/figures/[id]/page';
import NewFigurePage from '@/app/(admin)/admin/figures/new/page';
import FiguresPage from '@/app/(admin)/admin/figures/page';
import { renderAdminPage } from '../../support/authorization';
import { createAttribute, createComparison, createFigure } from '../../support/factories';
import type { ActionCase } from './types';

const EDITORS: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

type Fixture = { figureId: number; attributeId: number; comparisonId: number };

/** A figure with a fact, and a draft comparison of it. */
async function content(): Promise<Fixture> {
  const attribute = await createAttribute();
  const figure = await createFigure({ facts: [{ attributeId: attribute.id, value: 'A value' }] });
  const other = await createFigure();
  const comparison = await createComparison({ a: figure, b: other, status: 'DRAFT', attributeIds: [attribute.id] });
  return { figureId: figure.id, attributeId: attribute.id, comparisonId: comparison.id };
}

const f = (fixture: unknown) => fixture as Fixture;
const page = (module: string, render: (fixture: Fixture) => Promise<unknown>, allowed = EDITORS): ActionCase => ({
  module,
  action: 'page',
  allowed,
  setup: content,
  call: (fixture) => render(f(fixture)),
});

export const cases: ActionCase[] = [
  page('/admin/figures', () => renderAdminPage(FiguresPage)),
  page('/admin/figures/new', () => renderAdminPage(NewFigurePage)),
  page('/admin/figures/[id]', (x) => renderAdminPage(FigurePage, { params: { id: String(x.figureId) } })),
  page('/admin/figures/[id]/delete', (x) => renderAdminPage(DeleteFigurePage, { params: { id: String(x.figureId) } })),
  page('/admin/figures/[id]/history', (x) => renderAdminPage(FigureHistoryPage, { params: { id: String(x.figureId) } })),
  page('/admin/figures/[id]/facts/[attributeId]', (x) => renderAdminPage(FactPage, { params: { id: String(x.figureId), attributeId: String(x.attributeId) } })),
  page('/admin/figures/[id]/facts/[attributeId]/history', (x) =>
    renderAdminPage(FactHistoryPage, { params: { id: String(x.figureId), attributeId: String(x.attributeId) } }),
  ),
  page('/admin/attributes', () => renderAdminPage(AttributesPage)),
  page('/admin/attributes/new', () => renderAdminPage(NewAttributePage)),
  page('/admin/attributes/[id]', (x) => renderAdminPage(AttributePage, { params: { id: String(x.attributeId) } })),
  page('/admin/attributes/[id]/history', (x) => renderAdminPage(AttributeHistoryPage, { params: { id: String(x.attributeId) } })),
  page('/admin/comparisons', () => renderAdminPage(ComparisonsPage)),
  page('/admin/comparisons/new', () => renderAdminPage(NewComparisonPage)),
  page('/admin/comparisons/[id]', (x) => renderAdminPage(ComparisonPage, { params: { id: String(x.comparisonId) } })),
  page('/admin/comparisons/[id]/history', (x) => renderAdminPage(ComparisonHistoryPage, { params: { id: String(x.comparisonId) } })),
  page('/admin/comparisons/[id]/history/[version]', (x) => renderAdminPage(ComparisonVersionPage, { params: { id: String(x.comparisonId), version: '1' } })),
  page('/admin/comparisons/[id]/preview', (x) => renderAdminPage(ComparisonPreviewPage, { params: { id: String(x.comparisonId) } }), ['ADMIN']),
];
