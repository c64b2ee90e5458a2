// Password rules: 12 to 128 characters, and not one of the passwords attackers try first
// (the common-password list of zxcvbn-ts, ~49,000 entries) or an obviously guessable one.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN } from './password';

const estimator = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
const COMMON = new Set(common.dictionary['passwords-common'] as string[]);

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (COMMON.has(password.toLowerCase())) return 'This password is on the list of the most common passwords. Choose another.';
  // Only the first 100 characters matter to the estimate, and they keep it fast.
  const { score } = estimator.check(password.slice(0, 100), context.filter(Boolean));
  if (score < 2) return 'This password is too easy to guess (repeated or common words, your name or email). Choose another.';
  return null;
}
