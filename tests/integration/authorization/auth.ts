// Signing in and out: public, so anonymous visitors get past the guard too.
import { loginAction, logoutAction } from '@/lib/actions/auth';
import { initialActionResult } from '@/lib/actions/result';
import { createTestUser } from '../../support/signed-in';
import { form, type ActionCase } from './types';

export const cases: ActionCase[] = [
  {
    module: 'auth',
    action: 'loginAction',
    allowed: ['EDITOR', 'ADMIN'],
    public: true,
    setup: () => createTestUser('EDITOR'),
    call: (user) => {
      const { email, password } = user as Awaited<ReturnType<typeof createTestUser>>;
      return loginAction(initialActionResult, form({ email, password, callbackUrl: '/admin' }));
    },
  },
  { module: 'auth', action: 'logoutAction', allowed: ['EDITOR', 'ADMIN'], public: true, call: () => logoutAction() },
];
