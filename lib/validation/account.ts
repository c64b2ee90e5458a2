import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password';

const TOO_LONG = `Use at most ${PASSWORD_MAX} characters.`;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'Enter your current password.' })
      .min(1, 'Enter your current password.')
      .max(PASSWORD_MAX, `That is not your current password: passwords are at most ${PASSWORD_MAX} characters.`),
    newPassword: z
      .string({ error: 'Enter a new password.' })
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
      .max(PASSWORD_MAX, TOO_LONG),
    confirmPassword: z.string({ error: 'Enter the new password again.' }).max(PASSWORD_MAX, TOO_LONG),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
