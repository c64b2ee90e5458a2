// Managing accounts and reading the audit log: admins only.
import AuditPage from '@/app/(admin)/admin/audit/page';
import UserPage from '@/app/(admin)/admin/users/[id]/page';
import NewUserPage from '@/app/(admin)/admin/users/new/page';
import UsersPage from '@/app/(admin)/admin/users/page';
import { initialActionResult } from '@/lib/actions/result';
import { changeUserRoleAction, createUserAction, disableUserAction, enableUserAction, resetUserPasswordAction } from '@/lib/actions/users';
import { renderAdminPage } from '../../support/authorization';
import { createTestUser, type TestUser } from '../../support/signed-in';
import { unique } from '../../support/factories';
import { form, type ActionCase } from './types';

const ADMINS: ActionCase['allowed'] = ['ADMIN'];
const target = () => createTestUser('EDITOR');
const id = (user: unknown) => (user as TestUser).id;

export const cases: ActionCase[] = [
  {
    module: 'users',
    action: 'createUserAction',
    allowed: ADMINS,
    call: () => createUserAction(initialActionResult, form({ email: `${unique('matrix')}@example.test`, name: 'Matrix Person', role: 'EDITOR' })),
  },
  { module: 'users', action: 'changeUserRoleAction', allowed: ADMINS, setup: target, call: (user) => changeUserRoleAction(initialActionResult, form({ id: id(user), role: 'ADMIN' })) },
  { module: 'users', action: 'disableUserAction', allowed: ADMINS, setup: target, call: (user) => disableUserAction(initialActionResult, form({ id: id(user) })) },
  {
    module: 'users',
    action: 'enableUserAction',
    allowed: ADMINS,
    setup: () => createTestUser('EDITOR', { disabled: true }),
    call: (user) => enableUserAction(initialActionResult, form({ id: id(user) })),
  },
  { module: 'users', action: 'resetUserPasswordAction', allowed: ADMINS, setup: target, call: (user) => resetUserPasswordAction(initialActionResult, form({ id: id(user) })) },
  { module: '/admin/users', action: 'page', allowed: ADMINS, call: () => renderAdminPage(UsersPage) },
  { module: '/admin/users/new', action: 'page', allowed: ADMINS, call: () => renderAdminPage(NewUserPage) },
  { module: '/admin/users/[id]', action: 'page', allowed: ADMINS, setup: target, call: (user) => renderAdminPage(UserPage, { params: { id: String(id(user)) } }) },
  { module: '/admin/audit', action: 'page', allowed: ADMINS, call: () => renderAdminPage(AuditPage, { searchParams: { action: 'user.*' } }) },
];
