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
 * An admin page about one thing named by the `[id]` of its address: `load` reads it once per
 * request (null when the id is malformed or names nothing), and `generateMetadata` titles the
 * page from the same read. React's `cache` keys the read by the actor (one object per request,
 * getActor's) and the address.
 */
export function adminPageById<T>({
  permission,
  get,
  name,
  fallback,
  parseId = positiveInt,
}: {
  permission: Permission;
  get: (args: { actor: Actor; id: number }) => Promise<T | null>;
  name: (item: T) => string;
  fallback: string;
  parseId?: (raw: string) => number | null;
}) {
  const load = cache((actor: Actor, rawId: string): Promise<T | null> => {
    const id = parseId(rawId);
    return id ? get({ actor, id }) : Promise.resolve(null);
  });
  async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
    const { id } = await params;
    return adminPageTitle({ permission, load: (actor) => load(actor, id), name, fallback });
  }
  return { load, generateMetadata };
}
