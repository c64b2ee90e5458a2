import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from './client';

/**
 * A random secret shared by every app instance: created by whichever instance asks first,
 * then read by all (INSERT ... ON CONFLICT DO NOTHING makes concurrent first calls agree).
 */
export async function getOrCreateSecret({ key }: { key: string }): Promise<string> {
  await db.setting.createMany({ data: [{ key, value: randomBytes(32).toString('base64url') }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key }, select: { value: true } });
  return row.value;
}
