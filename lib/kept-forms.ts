import 'server-only';
import type { ActionResult } from './actions/result';
import { carriesIssuedSessionCookie } from './auth/config';
import { currentExchange } from './cache/request-clock.mjs';
import { findKeptForm, keepForm } from './db/kept-forms';
import { lastValue, type Param } from './url-params';

// Without JavaScript, an admin form is posted to its own page (a server action), and the page
// answers it. When the editor's session has ended, the action cannot save and the page cannot
// render for them: it sends them to the login page. So that what they typed is not lost:
//  1. the action's failure notes the input in the request context (noteUnsavedInput);
//  2. the page, sending the editor to the login page, keeps it in PostgreSQL and adds
//     `kept={id}` to the address to come back to (keepUnsavedInput, from requirePageActor);
//  3. back there once signed in, the page hands it to its form (keptFormState).
// Only a browser with a session cookie this site issued gets its input kept, so the table
// cannot be filled by anyone who never signed in. With JavaScript the form keeps its input
// itself, and none of this runs.

export const KEPT_FORM_MESSAGE = 'Your session ended before this could be saved. What you wrote is back in the form: check it, then save again.';

/** A form sent without JavaScript: a POST without the Next-Action header Next's client adds. */
function isPlainFormPost(): boolean {
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
 * the address to come back to, with `kept={id}` when the form's input was kept. A route handler
 * that reads the form itself (the figure form's) passes its input.
 */
export async function keepUnsavedInput(from: string, values = currentExchange()?.unsavedInput): Promise<string> {
  if (!values || !(await carriesIssuedSessionCookie())) return from;
  // Never a password, should a form ever hand one over.
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));
  const id = await keepForm({ path: pathOf(from), values: kept });
  return `${from}${from.includes('?') ? '&' : '?'}kept=${id}`;
}

/** The login page's address for an editor whose session ended while sending a form, and who comes back to `back`. */
export function loginAfterUnsavedForm(from: string, back: string): string {
  return `/login?callbackUrl=${encodeURIComponent(back)}&unsaved=${back === from ? '1' : 'kept'}`;
}

/**
 * The state a page's form starts from when the editor comes back with `kept={id}`, or undefined.
 * `field` is one the form always sends: input kept from another form of the page (a deletion's
 * confirmation, say) is not this form's.
 */
export async function keptFormState({ kept, path, field }: { kept: Param; path: string; field: string }): Promise<ActionResult | undefined> {
  const id = lastValue(kept);
  if (!id) return undefined;
  const values = await findKeptForm({ id, path: pathOf(path) });
  return values && field in values ? { ok: false, code: 'UNAUTHORIZED', message: KEPT_FORM_MESSAGE, values } : undefined;
}

function pathOf(address: string): string {
  return address.split('?')[0]!;
}
