import { z } from 'zod';
import { PASSWORD_MAX } from '../auth/password';

const EMAIL = 'Enter the email address of your account.';

export const loginSchema = z.object({
  email: z.string({ error: EMAIL }).trim().toLowerCase().max(254, { error: EMAIL, abort: true }).email(EMAIL),
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});

export type LoginInput = z.infer<typeof loginSchema>;
