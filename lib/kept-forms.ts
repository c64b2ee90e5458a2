import 'server-only';
import type { ActionResult } from './actions/result';
import type { Actor } from './auth/actor';
import { endedSessionOwner } from './auth/config';
import { currentExchange } from './cache/request-clock.mjs';
import { keepForm, takeKeptForm } from './db/kept-forms';
import { lastValue, type Param } from './url-params';

// Without JavaScript, an admin form is posted to its own page (a server action), and the page
// answers it. When the editor's session has ended, the action cannot save and the page cannot
// render for them: it sends them to the login page. So that what they typed is not lost:
//  1. the action's failure notes the input in the request context (noteUnsavedInput);
//  2. the page, sending the editor to the login page, keeps it in PostgreSQL and adds
//     `kept={id}` to the address to come back to (keepUnsavedInput, from requirePageActor),
//     when the input is its own form's (`keptField`: a field that form always sends);
//  3. back there once signed in, the page hands it to its form (keptFormState), once.
// Only the editor whose session it was gets it back: the input is kept only for a browser whose
// cookie names a session of ours (so no one who never signed in can fill the table), and is
// stored with that session's user. With JavaScript the form keeps its input itself, and none of
// this runs.

export const KEPT_FORM_MESSAGE = 'Your session ended before this could be saved. What you wrote is back in the form: check it, then save again.';

/** A form sent without JavaScript: a POST without the Next-Action header Next's client adds. */
export function isPlainFormPost(): boolean {
  const request = currentExchange()?.request;
  return request?.method === 'POST' && request.headers['next-action'] === undefined;
}

/** For an action refused because the session ended: keeps its input for the page answering the request. */
export function noteUnsavedInput(values: Record<string, string> | undefined): void {
  const exchange = currentExchange();
  if (exchange && values && isPlainFormPost()) exchange.unsavedInput = values;
}

/**
 * For the page sending an editor whose session ended to the login page, after a form post:
 * the address to come back to, with `kept={id}` when the input was kept. Kept only when it has
 * `keptField`, so only for the form that the page gives it back to. A route handler that reads
 * the form itself (the figure form's) passes its input.
 */
export async function keepUnsavedInput(from: string, keptField: string | undefined, values = currentExchange()?.unsavedInput): Promise<string> {
  if (!values || !keptField || !(keptField in values)) return from;
  const userId = await endedSessionOwner();
  if (userId === null) return from;
  // Never a password, should a form ever hand one over.
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));
  const id = await keepForm({ userId, path: pathOf(from), values: kept });
  return `${from}${from.includes('?') ? '&' : '?'}kept=${id}`;
}

/** The login page's address for an editor whose session ended while sending a form, and who comes back to `back`. */
export function loginAfterUnsavedForm(from: string, back: string): string {
  return `/login?callbackUrl=${encodeURIComponent(back)}&unsaved=${back === from ? '1' : 'kept'}`;
}

/**
 * The state a page's form starts from when its editor comes back with `kept={id}`, or undefined.
 * `field` is the page's `keptField` (see keepUnsavedInput).
 */
export async function keptFormState({ kept, path, field, actor }: { kept: Param; path: string; field: string; actor: Actor }): Promise<ActionResult | undefined> {
  const id = lastValue(kept);
  if (!id) return undefined;
  const values = await takeKeptForm({ id, path: pathOf(path), userId: actor.id });
  return values && field in values ? { ok: false, code: 'UNAUTHORIZED', message: KEPT_FORM_MESSAGE, values } : undefined;
}

function pathOf(address: string): string {
  return address.split('?')[0]!;
}
