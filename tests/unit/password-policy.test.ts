import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';

describe('password policy', () => {
  it('accepts long, unpredictable passwords and passphrases', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('Tr0ub4dor&3-silver-kettle')).toBeNull();
  });

  it('enforces 12 to 128 characters', () => {
    expect(passwordProblem('Sh0rt&sweet')).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
  });

  it('refuses the most common passwords whatever their case', () => {
    expect(passwordProblem('password1234')).toMatch(/most common/);
    expect(passwordProblem('QWERTYUIOP12')).toMatch(/most common/);
  });

  it('refuses guessable ones, including the user’s own email', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/too easy/);
    expect(passwordProblem('ed.editor@contrast.local', ['ed.editor@contrast.local'])).toMatch(/too easy/);
  });
});
