// Authorization matrix entries for lib/actions/reports.ts and the reports pages of the admin
// area (format: ./types.ts). The queue, a report, the outbox and every decision on a reader's
// report are open to editors and admins, closed to anonymous visitors. Each role
// decides a report of its own, so an allowed caller's decision always finds the report open.
import OutboxPage from '@/app/(admin)/admin/outbox/page';
import ReportPage from '@/app/(admin)/admin/reports/[id]/page';
import ReportsPage from '@/app/(admin)/admin/reports/page';
import { acceptFixedReportAction, acceptReportAction, markDuplicateReportAction, markSpamReportAction, rejectReportAction } from '@/lib/actions/reports';
import { initialActionResult } from '@/lib/actions/result';
import { renderAdminPage } from '../../support/authorization';
import { createReport, createReportedComparison } from '../../support/report-factories';
import { form, type ActionCase } from './types';

const EDITORS: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

/** Keeps each entry's fixture typed while the list holds entries of different fixtures. */
function entry<T>(c: ActionCase<T>): ActionCase {
  return c as unknown as ActionCase;
}

type Fixture = { report: { id: number }; other: { id: number } };

/** A row report on a fresh comparison, and a second report on the same comparison. */
async function rowReport(): Promise<Fixture> {
  const page = await createReportedComparison();
  const report = await createReport({ comparisonId: page.comparison.id, rowId: page.rowId, side: 'B', suggestedValue: '1792' });
  const other = await createReport({ comparisonId: page.comparison.id, sectionId: page.sectionId });
  return { report, other };
}

export const cases: ActionCase[] = [
  entry<Fixture>({
    module: 'reports',
    action: 'acceptReportAction',
    allowed: EDITORS,
    setup: rowReport,
    call: ({ report }) => acceptReportAction(initialActionResult, form({ id: report.id, version: 1, side: 'B', factVersion: 1, value: '1792' })),
  }),
  entry<Fixture>({
    module: 'reports',
    action: 'acceptFixedReportAction',
    allowed: EDITORS,
    setup: rowReport,
    // No such revision: an allowed caller is told so, a denied one is stopped before.
    call: ({ report }) => acceptFixedReportAction(initialActionResult, form({ id: report.id, version: 1, revisionId: 'other', otherRevisionId: '999999999' })),
  }),
  entry<Fixture>({
    module: 'reports',
    action: 'rejectReportAction',
    allowed: EDITORS,
    setup: rowReport,
    call: ({ report }) => rejectReportAction(initialActionResult, form({ id: report.id, version: 1, resolution: 'Rejected by the authorization matrix.', confirm: 'yes' })),
  }),
  entry<Fixture>({
    module: 'reports',
    action: 'markDuplicateReportAction',
    allowed: EDITORS,
    setup: rowReport,
    call: ({ report, other }) => markDuplicateReportAction(initialActionResult, form({ id: report.id, version: 1, duplicateOfId: other.id, confirm: 'yes' })),
  }),
  entry<Fixture>({
    module: 'reports',
    action: 'markSpamReportAction',
    allowed: EDITORS,
    setup: rowReport,
    call: ({ report }) => markSpamReportAction(initialActionResult, form({ id: report.id, version: 1, confirm: 'yes' })),
  }),
  entry<Fixture>({ module: '/admin/reports', action: 'page', allowed: EDITORS, setup: rowReport, call: () => renderAdminPage(ReportsPage) }),
  entry<Fixture>({
    module: '/admin/reports/[id]',
    action: 'page',
    allowed: EDITORS,
    setup: rowReport,
    call: ({ report }) => renderAdminPage(ReportPage, { params: { id: String(report.id) } }),
  }),
  entry<Fixture>({ module: '/admin/outbox', action: 'page', allowed: EDITORS, setup: rowReport, call: () => renderAdminPage(OutboxPage) }),
];
