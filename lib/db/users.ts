import 'server-only';
import { generatePassword, hashPassword } from '../auth/password';
import { db } from './client';

/**
 * Creates the first admin account on an empty installation. Does nothing once any user
 * exists, so it is safe on every start. Returns the password only when it generated one.
 */
export async function createFirstAdmin({
  email,
  name,
  password,
}: {
  email: string;
  name: string;
  password?: string;
}): Promise<{ created: false } | { created: true; email: string; generatedPassword?: string }> {
  if ((await db.user.count()) > 0) return { created: false };
  const chosen = password ?? generatePassword();
  await db.user.create({
    data: {
      email: email.trim().toLowerCase(),
      name,
      role: 'ADMIN',
      passwordHash: await hashPassword(chosen),
      mustChangePassword: !password,
    },
  });
  return { created: true, email, generatedPassword: password ? undefined : chosen };
}
