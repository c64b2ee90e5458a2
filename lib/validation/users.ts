import { z } from 'zod';
import { INT4_MAX } from './shared';

const EMAIL = 'Enter a valid email address.';
const NAME = 'Enter the person’s name.';
const CHOOSE_USER = 'Choose a user.';

export const ROLES = ['EDITOR', 'ADMIN'] as const;

const email = z.string({ error: EMAIL }).trim().toLowerCase().max(254, 'Use at most 254 characters.').email(EMAIL);
const name = z.string({ error: NAME }).trim().min(1, NAME).max(100, 'Use at most 100 characters.');
const role = z.enum(ROLES, { error: 'Choose editor or admin.' });
const userId = z.coerce.number({ error: CHOOSE_USER }).int(CHOOSE_USER).positive(CHOOSE_USER).max(INT4_MAX, CHOOSE_USER);

/** Creating an account: its temporary password is generated, never typed. */
export const createUserSchema = z.object({ email, name, role });

export const changeRoleSchema = z.object({ id: userId, role });

/** Disable, enable, reset password: the target user only (the confirmation step is a page). */
export const userTargetSchema = z.object({ id: userId });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
