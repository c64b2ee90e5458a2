import type { UserListItem } from '@/lib/db/user-management';
import { formatDateTime, roleLabel, statusLabel } from './user-labels';
import styles from './users.module.css';

export function UserTable({ users, total }: { users: UserListItem[]; total: number }) {
  return (
    // Focusable, so that keyboard users can scroll it sideways on a narrow screen.
    <div className={`table-scroll ${styles.wide}`} role="region" aria-label="Accounts" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">All accounts ({total})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <a href={`/admin/users/${user.id}`}>{user.name}</a>
              </th>
              <td>{user.email}</td>
              <td>{roleLabel(user.role)}</td>
              <td className={user.disabled ? styles['status-disabled'] : undefined}>{statusLabel(user)}</td>
              <td>{user.lastLoginAt ? <time dateTime={user.lastLoginAt.toISOString()}>{formatDateTime(user.lastLoginAt)}</time> : 'Never'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
