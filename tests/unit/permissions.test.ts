import { describe, expect, it } from 'vitest';
import { assertCan, can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

describe('permissions', () => {
  it('lets editors edit and publish content but not manage people', () => {
    expect(can('EDITOR', 'content:edit')).toBe(true);
    expect(can('EDITOR', 'content:publish')).toBe(true);
    expect(can('EDITOR', 'users:manage')).toBe(false);
    expect(can('EDITOR', 'audit:read')).toBe(false);
    expect(can('EDITOR', 'drafts:preview')).toBe(false);
  });

  it('lets admins do everything', () => {
    for (const permission of ['content:edit', 'content:publish', 'reports:decide', 'drafts:preview', 'users:manage', 'audit:read'] as const) {
      expect(can('ADMIN', permission)).toBe(true);
    }
  });

  it('refuses anonymous callers and says why', () => {
    expect(can(null, 'content:edit')).toBe(false);
    expect(() => assertCan(null, 'content:edit')).toThrow(expect.objectContaining({ code: 'UNAUTHORIZED' }));
    expect(() => assertCan({ role: 'EDITOR' }, 'users:manage')).toThrow(AppError);
    expect(() => assertCan({ role: 'ADMIN' }, 'users:manage')).not.toThrow();
  });
});
