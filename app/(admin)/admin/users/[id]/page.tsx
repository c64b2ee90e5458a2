import Link from 'next/link';
import { ConfirmStep } from '@/components/admin/users/confirm-step';
import { UserActionForm } from '@/components/admin/users/user-action-form';
import { formatDateTime, roleLabel, statusLabel } from '@/components/admin/users/user-labels';
import styles from '@/components/admin/users/users.module.css';
import { changeUserRoleAction, disableUserAction, enableUserAction, resetUserPasswordAction } from '@/lib/actions/users';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getUser } from '@/lib/db/user-management';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ confirm?: string; saved?: string }> };

const byId = adminPageById({ permission: 'users:manage', get: getUser, name: (item) => item.name, fallback: 'User', parseId: (raw) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null) });

export const generateMetadata = byId.generateMetadata;

// Destructive changes (make an admin an editor, disable, reset the password) take two steps:
// the first button only opens the confirmation (?confirm=...), a plain link, so it works
// without JavaScript and leaves a URL the back button undoes.
export default async function UserPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('users:manage', { from: `/admin/users/${encodeURIComponent(rawId)}` });
  const user = await byId.load(actor, rawId);
  if (!user) return <AdminNotFound what="user" back={{ href: '/admin/users', label: 'Users' }} />;
  const { confirm, saved } = await searchParams;
  const self = user.id === actor.id;
  const here = `/admin/users/${user.id}`;
  const savedMessage =
    saved === 'role'
      ? `${user.name} is now ${user.role === 'ADMIN' ? 'an admin' : 'an editor'}.`
      : saved === 'disabled'
        ? `${user.name}’s account is disabled and all their sessions have ended.`
        : saved === 'enabled'
          ? `${user.name}’s account is enabled: they can sign in again.`
          : null;

  return (
    <>
      <p>
        <Link href="/admin/users">← Users</Link>
      </p>
      <h1>
        {user.name}
        {self ? ' (you)' : ''}
      </h1>
      {savedMessage ? (
        <p className="form-message form-message-ok" role="status">
          {savedMessage}
        </p>
      ) : null}
      <dl className={styles.facts}>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt>Status</dt>
        <dd className={user.disabled ? styles['status-disabled'] : undefined}>{statusLabel(user)}</dd>
        <dt>Last sign-in</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</dd>
        <dt>Signed in on</dt>
        <dd>
          {user.activeSessions} {user.activeSessions === 1 ? 'browser' : 'browsers'}
        </dd>
        <dt>Account created</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>

      <section className={styles.section} aria-labelledby="role-heading">
        <h2 id="role-heading">Role</h2>
        {user.role === 'EDITOR' ? (
          <>
            <p>Admins also manage accounts and read the audit log.</p>
            <UserActionForm action={changeUserRoleAction} userId={user.id} role="ADMIN" label="Make admin" pendingLabel="Saving…" />
          </>
        ) : confirm === 'demote' ? (
          <ConfirmStep heading={self ? 'Make yourself an editor?' : `Make ${user.name} an editor?`}>
            <p>{self ? 'You' : 'They'} will no longer manage accounts or read the audit log, from the next page {self ? 'you open' : 'they open'}.</p>
            <UserActionForm action={changeUserRoleAction} userId={user.id} role="EDITOR" label="Yes, make editor" pendingLabel="Saving…" variant="danger">
              <Link href={here}>Cancel</Link>
            </UserActionForm>
          </ConfirmStep>
        ) : (
          <>
            <p>Admins manage accounts and read the audit log; editors write and publish content.</p>
            <Link className="button button-secondary" href={`${here}?confirm=demote`}>
              Make editor…
            </Link>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="access-heading">
        <h2 id="access-heading">Access</h2>
        {user.disabled ? (
          <>
            <p>This account cannot sign in.</p>
            <UserActionForm action={enableUserAction} userId={user.id} label="Enable account" pendingLabel="Enabling…" />
          </>
        ) : confirm === 'disable' ? (
          <ConfirmStep heading={self ? 'Disable your own account?' : `Disable ${user.name}’s account?`}>
            <p>{self ? 'You will be signed out at once and cannot sign in again until another admin enables your account.' : `${user.name} is signed out everywhere at once and cannot sign in until an admin enables the account again.`}</p>
            <UserActionForm action={disableUserAction} userId={user.id} label="Yes, disable" pendingLabel="Disabling…" variant="danger">
              <Link href={here}>Cancel</Link>
            </UserActionForm>
          </ConfirmStep>
        ) : (
          <>
            <p>Disabling an account signs it out everywhere at once and keeps it from signing in. Its work and history stay.</p>
            <Link className="button button-secondary" href={`${here}?confirm=disable`}>
              Disable account…
            </Link>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        {self ? (
          <p>
            Change your own password on <Link href="/admin/account">your account page</Link>.
          </p>
        ) : confirm === 'reset' ? (
          <ConfirmStep heading={`Reset ${user.name}’s password?`}>
            <p>Their current password stops working and they are signed out everywhere. You get a temporary password to give them, shown once.</p>
            <UserActionForm action={resetUserPasswordAction} userId={user.id} label="Yes, reset password" pendingLabel="Resetting…" variant="danger">
              <Link href={here}>Cancel</Link>
            </UserActionForm>
          </ConfirmStep>
        ) : (
          <>
            <p>For someone who forgot their password: they get a temporary one, to be changed when they next sign in.</p>
            <Link className="button button-secondary" href={`${here}?confirm=reset`}>
              Reset password…
            </Link>
          </>
        )}
      </section>
    </>
  );
}
