import { z } from 'zod';
import { INT4_MAX } from './shared';

export const ROLES = ['EDITOR', 'ADMIN'] as const;

const email = z.string().trim().toLowerCase().max(254, 'Use at most 254 characters.').email('Enter a valid email address.');
const name = z.string().trim().min(1, 'Enter the person’s name.').max(100, 'Use at most 100 characters.');
const role = z.enum(ROLES, { message: 'Choose editor or admin.' });
const userId = z.coerce.number({ message: 'Choose a user.' }).int().positive('Choose a user.').max(INT4_MAX, 'Choose a user.');

/** Creating an account: its temporary password is generated, never typed. */
export const createUserSchema = z.object({ email, name, role });

export const changeRoleSchema = z.object({ id: userId, role });

/** Disable, enable, reset password: the target user only (the confirmation step is a page). */
export const userTargetSchema = z.object({ id: userId });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
