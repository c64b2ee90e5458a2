import type { UserListItem } from '@/lib/db/user-management';

export function roleLabel(role: UserListItem['role']): string {
  return role === 'ADMIN' ? 'Admin' : 'Editor';
}

export function statusLabel(user: Pick<UserListItem, 'disabled' | 'mustChangePassword'>): string {
  if (user.disabled) return 'Disabled';
  return user.mustChangePassword ? 'Active, temporary password' : 'Active';
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** "27 Nov 2026, 14:03 UTC" */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
