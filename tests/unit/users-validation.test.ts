import { describe, expect, it } from 'vitest';
import { actionGroups } from '@/lib/audit/actions';
import { changeRoleSchema, createUserSchema, userTargetSchema } from '@/lib/validation/users';

describe('user forms', () => {
  it('normalizes a new account’s email and name', () => {
    expect(createUserSchema.parse({ email: '  Ada@Example.COM ', name: '  Ada Lovelace ', role: 'ADMIN' })).toEqual({ email: 'ada@example.com', name: 'Ada Lovelace', role: 'ADMIN' });
  });

  it('says what is wrong with each field', () => {
    const result = createUserSchema.safeParse({ email: 'ada', name: ' ', role: 'OWNER' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['email', 'Enter a valid email address.'],
      ['name', 'Enter the person’s name.'],
      ['role', 'Choose editor or admin.'],
    ]);
    expect(createUserSchema.safeParse({ email: `${'a'.repeat(250)}@x.io`, name: 'A', role: 'EDITOR' }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: 'a@x.io', name: 'A'.repeat(101), role: 'EDITOR' }).success).toBe(false);
  });

  it('reads user ids from form fields', () => {
    expect(userTargetSchema.parse({ id: '42' })).toEqual({ id: 42 });
    expect(changeRoleSchema.parse({ id: '7', role: 'EDITOR' })).toEqual({ id: 7, role: 'EDITOR' });
    for (const id of ['', '0', '-3', '1.5', 'x']) expect(userTargetSchema.safeParse({ id }).success, id).toBe(false);
  });
});

describe('audit action groups', () => {
  it('lists every group an action belongs to', () => {
    expect(actionGroups('user.password.reset')).toEqual(['user.*', 'user.password.*']);
    expect(actionGroups('auth.logout')).toEqual(['auth.*']);
    expect(actionGroups('single')).toEqual([]);
  });
});

describe('user forms in words', () => {
  it('reads a missing or non-text field as an empty one', () => {
    const result = createUserSchema.safeParse({ name: new Blob(['Ada']) });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['email', 'Enter a valid email address.'],
      ['name', 'Enter the person’s name.'],
      ['role', 'Choose editor or admin.'],
    ]);
    expect(userTargetSchema.safeParse({ id: '1.5' }).error?.issues.map((i) => i.message)).toContain('Choose a user.');
    expect(createUserSchema.safeParse({ email: `${'a'.repeat(250)}@x.io`, name: 'A', role: 'EDITOR' }).error?.issues[0]?.message).toBe('Use at most 254 characters.');
  });
});
