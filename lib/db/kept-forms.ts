import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from './client';

// What an editor typed into a form they sent without JavaScript after their session had ended
// (lib/kept-forms.ts): kept for a day under a random id that travels through the login page and
// back to the form's page. Only that page, and only for the same editor, gets it, once.

export const KEPT_FORM_HOURS = 24;

const cutoff = () => new Date(Date.now() - KEPT_FORM_HOURS * 60 * 60 * 1000);

/** Keeps the input of a form `userId` sent to `path`; returns the id to come back with. Older entries are deleted on the way. */
export async function keepForm({ userId, path, values }: { userId: number; path: string; values: Record<string, string> }): Promise<string> {
  const id = randomUUID();
  await db.$transaction([db.keptForm.deleteMany({ where: { createdAt: { lt: cutoff() } } }), db.keptForm.create({ data: { id, userId, path, values } })]);
  return id;
}

/**
 * Takes the kept input for the form at `path`, for `userId`: given once, then gone (a second
 * visit, or a save after it, finds nothing). Null when unknown, another page's or another
 * editor's, or older than a day.
 */
export async function takeKeptForm({ id, path, userId }: { id: string; path: string; userId: number }): Promise<Record<string, string> | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
  const [row] = await db.$queryRaw<{ values: unknown }[]>`
    DELETE FROM kept_forms WHERE id = ${id}::uuid AND path = ${path} AND user_id = ${userId} AND created_at >= ${cutoff()} RETURNING "values"`;
  const values = row?.values;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
