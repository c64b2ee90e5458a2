import { randomUUID } from 'node:crypto';

// A form posted without JavaScript to a route handler that refuses it must show the same page
// again, with the messages and everything typed kept. The route renders that page by asking
// this same server process for it (127.0.0.1 on its own port), and hands the state over in
// this process's memory for the length of that one request: a request header names it by a
// random id. The state itself never travels in a header, where Node's 16 KB limit would cut
// a long text in a script of three bytes a character, and no other request can name it.

type Pending = Map<string, object>;
// One map per process, shared by the route and page bundles (each has its own module copy).
const KEY = Symbol.for('contrast.formState');
const pending: Pending = ((globalThis as { [KEY]?: Pending })[KEY] ??= new Map());

/** The state the route handed to this render of a form page, or null. */
export function decodeFormState<T extends object>(header: string | null): T | null {
  return header ? ((pending.get(header) as T | undefined) ?? null) : null;
}

/**
 * The page at `path` rendered with `state` (read through the `header` request header), answered
 * under `status` (with `extra` headers). With `forwardCookies` the page sees the caller's session.
 */
export async function renderPageWithState(
  request: Request,
  path: string,
  { header, state, status, extra = {}, forwardCookies = false }: { header: string; state: object; status: number; extra?: Record<string, string>; forwardCookies?: boolean },
): Promise<Response> {
  const id = randomUUID();
  pending.set(id, state);
  const cookie = request.headers.get('cookie');
  try {
    const rendered = await fetch(new URL(path, internalOrigin(request)), { headers: { [header]: id, ...(forwardCookies && cookie ? { cookie } : {}) }, cache: 'no-store' });
    return new Response(await rendered.text(), { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', ...extra } });
  } finally {
    pending.delete(id);
  }
}

/** This server itself, reached directly (not through any proxy in front of it). */
function internalOrigin(request: Request): string {
  const port = process.env.PORT || new URL(request.url).port || '3000';
  return `http://127.0.0.1:${port}`;
}
