import 'server-only';
import type { Metadata } from 'next';
import { cache } from 'react';
import { positiveInt } from '../url-params';
import type { Actor } from './actor';
import { can, type Permission } from './permissions';
import { getActor } from './session';

/**
 * An admin page's title, named after what its address shows ("Edit Lenin"), or "Not found" when
 * the address names nothing, so a tab or a screen reader says where the editor is. Without a
 * session, the permission or a password of their own, the generic `fallback`: the page itself
 * sends the visitor elsewhere.
 */
async function adminPageTitle<T>({
  permission,
  load,
  name,
  fallback,
}: {
  permission: Permission;
  load: (actor: Actor) => Promise<T | null>;
  name: (item: T) => string;
  fallback: string;
}): Promise<Metadata> {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword || !can(actor.role, permission)) return { title: fallback };
  const item = await load(actor);
  return { title: item ? name(item) : 'Not found' };
}

/**
 * An admin page about one thing named by the ids in its address (`[id]`, or `[id]` and
 * `[attributeId]` ...): `load` reads it once per request (null when an id is malformed, by `parse`,
 * or the address names nothing), and `generateMetadata` titles the page from the same read.
 * React's `cache` keys the read by the actor (one object per request, getActor's) and the raw
 * parameters, as one string (it compares arguments by identity).
 */
export function adminPageByIds<K extends string, T>({
  permission,
  get,
  name,
  fallback,
  parse = positiveInt,
}: {
  permission: Permission;
  get: (args: { actor: Actor; ids: Record<K, number> }) => Promise<T | null>;
  name: (item: T) => string;
  fallback: string;
  parse?: (raw: string) => number | null;
}) {
  const byKey = cache((actor: Actor, key: string): Promise<T | null> => {
    const ids = {} as Record<K, number>;
    for (const [param, raw] of JSON.parse(key) as [K, string][]) {
      const id = parse(raw);
      if (!id) return Promise.resolve(null);
      ids[param] = id;
    }
    return get({ actor, ids });
  });
  const load = (actor: Actor, params: Record<K, string>): Promise<T | null> =>
    byKey(actor, JSON.stringify((Object.entries(params) as [K, string][]).sort(([a], [b]) => (a < b ? -1 : 1))));
  async function generateMetadata({ params }: { params: Promise<Record<K, string>> }): Promise<Metadata> {
    const values = await params;
    return adminPageTitle({ permission, load: (actor) => load(actor, values), name, fallback });
  }
  return { load, generateMetadata };
}

/** adminPageByIds for the common case: one `[id]`. */
export function adminPageById<T>({
  permission,
  get,
  name,
  fallback,
  parseId,
}: {
  permission: Permission;
  get: (args: { actor: Actor; id: number }) => Promise<T | null>;
  name: (item: T) => string;
  fallback: string;
  parseId?: (raw: string) => number | null;
}) {
  const page = adminPageByIds<'id', T>({ permission, get: ({ actor, ids }) => get({ actor, id: ids.id }), name, fallback, parse: parseId });
  return { load: (actor: Actor, rawId: string) => page.load(actor, { id: rawId }), generateMetadata: page.generateMetadata };
}
