// Admin pages every signed-in user may open (each turns anonymous visitors away itself).
import MissingAdminPage from '@/app/(admin)/admin/[...missing]/page';
import AccountPage from '@/app/(admin)/admin/account/page';
import DeniedPage from '@/app/(admin)/admin/denied/page';
import DashboardPage from '@/app/(admin)/admin/page';
import { renderAdminPage } from '../../support/authorization';
import type { ActionCase } from './types';

export const cases: ActionCase[] = [
  { module: '/admin', action: 'page', allowed: ['EDITOR', 'ADMIN'], call: () => renderAdminPage(DashboardPage) },
  { module: '/admin/account', action: 'page', allowed: ['EDITOR', 'ADMIN'], call: () => renderAdminPage(AccountPage) },
  { module: '/admin/denied', action: 'page', allowed: ['EDITOR', 'ADMIN'], call: () => renderAdminPage(DeniedPage) },
  { module: '/admin/[...missing]', action: 'page', allowed: ['EDITOR', 'ADMIN'], call: () => renderAdminPage(MissingAdminPage) },
];
