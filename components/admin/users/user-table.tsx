import type { UserListItem } from '@/lib/db/user-management';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDateTime, roleLabel, statusLabel } from './user-labels';
import styles from './users.module.css';

export function UserTable({ users, total }: { users: UserListItem[]; total: number }) {
  return (
    <TableScroll label="Accounts" className={styles.wide}>
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
    </TableScroll>
  );
}
