// Everyone signed in manages their own account: both roles, never anonymous visitors.
import { changePasswordAction, signOutEverywhereAction } from '@/lib/actions/account';
import { initialActionResult } from '@/lib/actions/result';
import { TEST_PASSWORD } from '../../support/signed-in';
import { form, type ActionCase } from './types';

const NEW_PASSWORD = 'matrix passphrase: violet harbour lantern';

export const cases: ActionCase[] = [
  {
    module: 'account',
    action: 'changePasswordAction',
    allowed: ['EDITOR', 'ADMIN'],
    call: () => changePasswordAction(initialActionResult, form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
  },
  { module: 'account', action: 'signOutEverywhereAction', allowed: ['EDITOR', 'ADMIN'], call: () => signOutEverywhereAction() },
];
