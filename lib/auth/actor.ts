import type { Role } from './permissions';

/** The signed-in user acting on a request. Every mutating lib/db function takes one. */
export type Actor = { id: number; email: string; name: string; role: Role; mustChangePassword: boolean; ip: string | null };
