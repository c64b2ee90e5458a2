import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { signOutEverywhereAction } from '@/lib/actions/account';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your account' };

type Props = { searchParams: Promise<{ required?: string; changed?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/account' });
  const { required, changed } = await searchParams;
  return (
    <>
      <h1>Your account</h1>
      <p>
        {actor.name}, {actor.email} ({actor.role === 'ADMIN' ? 'admin' : 'editor'})
      </p>
      {required || actor.mustChangePassword ? (
        <p className="form-message form-message-error">Your password was set by an admin. Choose your own before you continue.</p>
      ) : null}
      {changed ? <p className="form-message form-message-ok">Your password was changed. Your other sessions have ended.</p> : null}
      <h2>Change your password</h2>
      <ChangePasswordForm />
      <h2>Sessions</h2>
      <p>Signed in on a computer you no longer use? End every session, this one included.</p>
      <form action={signOutEverywhereAction}>
        <button className="button button-secondary" type="submit">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
