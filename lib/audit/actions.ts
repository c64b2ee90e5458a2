// The actions the audit log records, for the filter on /admin/audit. Actions recorded by code
// that is not listed here still show up there: the page adds every action found in the log.
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.refused',
  'auth.logout',
  'user.created',
  'user.role.changed',
  'user.disabled',
  'user.enabled',
  'user.password.reset',
  'user.password.changed',
  'user.sessions.revoked',
] as const;

/** "user.password.reset" -> ["user.*", "user.password.*"]: the groups an action belongs to. */
export function actionGroups(action: string): string[] {
  const parts = action.split('.');
  return parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('.')}.*`);
}
