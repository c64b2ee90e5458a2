import 'server-only';
import { generatePassword, hashPassword } from '../auth/password';
import { db } from './client';

const FIRST_ADMIN_LOCK = 7_265_001;

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
  const passwordHash = await hashPassword(chosen);
  // Several instances may start at once on an empty database: the lock makes exactly one create.
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`;
    if ((await tx.user.count()) > 0) return false;
    await tx.user.create({
      data: { email: email.trim().toLowerCase(), name, role: 'ADMIN', passwordHash, mustChangePassword: !password },
    });
    return true;
  });
  if (!created) return { created: false };
  return { created: true, email, generatedPassword: password ? undefined : chosen };
}
