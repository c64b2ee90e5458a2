import { z } from 'zod';
import { PASSWORD_MAX } from '../auth/password';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email('Enter the email address of your account.'),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});

export type LoginInput = z.infer<typeof loginSchema>;
