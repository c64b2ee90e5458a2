// Who may do what. Pure, so it is unit-tested and shared by pages, actions and lib/db.
import { AppError } from '../errors';
export type Role = 'EDITOR' | 'ADMIN';

export type Permission =
  | 'content:edit' // figures, attributes, facts, comparisons
  | 'content:publish'
  | 'reports:decide'
  | 'drafts:preview'
  | 'users:manage'
  | 'audit:read';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  EDITOR: new Set(['content:edit', 'content:publish', 'reports:decide']),
  ADMIN: new Set(['content:edit', 'content:publish', 'reports:decide', 'drafts:preview', 'users:manage', 'audit:read']),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && GRANTS[role].has(permission);
}

/** Inside lib/db, before touching data: the acting user must hold the permission. */
export function assertCan(actor: { role: Role } | null | undefined, permission: Permission): void {
  if (!actor) throw new AppError('UNAUTHORIZED', 'Sign in to do that.');
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN', 'You do not have permission to do that.');
}
