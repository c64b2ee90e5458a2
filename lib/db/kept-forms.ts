import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from './client';

// What an editor typed into a form they sent without JavaScript after their session had ended
// (lib/kept-forms.ts): kept for a day under a random id that travels through the login page and
// back to the form's page, which alone may take it, by its own path.

export const KEPT_FORM_HOURS = 24;

/** Keeps the input of a form sent to `path`; returns the id to come back with. Older entries are deleted on the way. */
export async function keepForm({ path, values }: { path: string; values: Record<string, string> }): Promise<string> {
  const id = randomUUID();
  const cutoff = new Date(Date.now() - KEPT_FORM_HOURS * 60 * 60 * 1000);
  await db.$transaction([db.keptForm.deleteMany({ where: { createdAt: { lt: cutoff } } }), db.keptForm.create({ data: { id, path, values } })]);
  return id;
}

/** The kept input for the form at `path`, or null: unknown, another page's, or older than a day. */
export async function findKeptForm({ id, path }: { id: string; path: string }): Promise<Record<string, string> | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
  const cutoff = new Date(Date.now() - KEPT_FORM_HOURS * 60 * 60 * 1000);
  const row = await db.keptForm.findFirst({ where: { id, path, createdAt: { gte: cutoff } }, select: { values: true } });
  const values = row?.values;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
