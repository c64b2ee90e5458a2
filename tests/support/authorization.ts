// Pieces of the authorization matrix (tests/integration/authorization.test.ts): what counts as
// "denied", what must have an entry, and how an admin page is called outside Next.js.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AdminLayout from '../../app/(admin)/admin/layout';

export type Outcome = { kind: 'allowed' | 'denied' | 'error'; detail: string };

const DENIED_CODES = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

/** Where a Next.js redirect() goes, from the error it throws; null for any other error. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) return null;
  // NEXT_REDIRECT;{push|replace};{url};{status};
  return digest.split(';').slice(2, -2).join(';');
}

function isDeniedRedirect(target: string): boolean {
  const url = new URL(target, 'http://contrast.test');
  // A sign-out also ends on the login page: that is the action working, not a refusal.
  return (url.pathname === '/login' && !url.searchParams.has('signedOut')) || url.pathname === '/admin/denied';
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'returned nothing';
  if (value instanceof Response) return `HTTP ${value.status}`;
  if (value && typeof value === 'object' && 'ok' in value) {
    const { ok, code, message } = value as { ok: unknown; code?: unknown; message?: unknown };
    return `returned ok: ${String(ok)}${code ? `, code ${String(code)}` : ''}${message ? ` (${String(message)})` : ''}`;
  }
  return 'returned a value';
}

/**
 * Denied: a thrown or returned UNAUTHORIZED/FORBIDDEN AppError code, an HTTP 401/403, a
 * redirect to /login or /admin/denied, or Next's unauthorized()/forbidden(). Allowed: anything
 * else that shows the guard was passed (a result, a validation message, another AppError such
 * as NOT_FOUND, notFound(), another redirect). An unexpected exception is neither: it is a bug
 * and fails the entry whatever the role.
 */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    const target = redirectTarget(error);
    if (target !== null) return { kind: isDeniedRedirect(target) ? 'denied' : 'allowed', detail: `redirected to ${target}` };
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) {
      const status = Number(digest.split(';')[1]);
      return { kind: status === 401 || status === 403 ? 'denied' : 'allowed', detail: `HTTP ${status} (${status === 404 ? 'notFound()' : 'access fallback'})` };
    }
    if (error instanceof Error && error.name === 'AppError') {
      const code = (error as Error & { code: string }).code;
      return { kind: DENIED_CODES.has(code) ? 'denied' : 'allowed', detail: `threw AppError ${code}: ${error.message}` };
    }
    return { kind: 'error', detail: `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
  if (value instanceof Response) return { kind: value.status === 401 || value.status === 403 ? 'denied' : 'allowed', detail: describeValue(value) };
  const code = (value as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && DENIED_CODES.has(code)) return { kind: 'denied', detail: describeValue(value) };
  return { kind: 'allowed', detail: describeValue(value) };
}

// ---------------------------------------------------------------------------
// What must have an entry

export type Endpoint = { module: string; action: string };

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const HTTP_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', ...MUTATING_METHODS]);

/** Not in the matrix, and why. */
export const EXEMPT: Record<string, string> = {
  '/api/auth/[...nextauth] POST': 'Auth.js’s own sign-in/sign-out endpoint: public by design, and it needs a real Next.js request.',
};

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(path.basename(file)))
    .map((file) => path.join(dir, file))
    .sort();
}

/** Every exported function of lib/actions/*.ts (result.ts holds types and helpers, not actions). */
export async function discoverActions(root: string): Promise<Endpoint[]> {
  const dir = path.join(root, 'lib/actions');
  const found: Endpoint[] = [];
  // Server actions are the exports of the 'use server' modules; result.ts and failure.ts are helpers.
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'result.ts' && f !== 'failure.ts').sort()) {
    const exports = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
    const name = file.replace(/\.ts$/, '');
    for (const [action, value] of Object.entries(exports)) if (typeof value === 'function') found.push({ module: name, action });
  }
  return found;
}

/** Route handlers that change something (POST, PUT, PATCH, DELETE), and every method under /api/admin. */
export async function discoverRouteHandlers(root: string): Promise<Endpoint[]> {
  const dir = path.join(root, 'app');
  const found: Endpoint[] = [];
  for (const file of files(path.join(dir, 'api'), /^route\.tsx?$/)) {
    const route = `/${path.relative(dir, path.dirname(file)).split(path.sep).join('/')}`;
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [method, value] of Object.entries(exports)) {
      if (typeof value !== 'function' || !HTTP_METHODS.has(method)) continue;
      if (MUTATING_METHODS.has(method) || route.startsWith('/api/admin/')) found.push({ module: route, action: method });
    }
  }
  return found;
}

/** Every page under /admin, as its route ("/admin/users/[id]") with the action "page". */
export function discoverAdminPages(root: string): Endpoint[] {
  const dir = path.join(root, 'app/(admin)');
  return files(path.join(dir, 'admin'), /^page\.tsx?$/).map((file) => ({ module: `/${path.relative(dir, path.dirname(file)).split(path.sep).join('/')}`, action: 'page' }));
}

// ---------------------------------------------------------------------------
// Calling an admin page

type PageProps = { params: Promise<never>; searchParams: Promise<never> };

/**
 * Renders an admin page's server side as Next.js would for a request: the admin layout (which
 * needs a session), then the page (which checks its own permission and loads its data).
 */
export async function renderAdminPage(page: (props: PageProps) => unknown, { params = {}, searchParams = {} }: { params?: Record<string, string>; searchParams?: Record<string, string> } = {}) {
  await AdminLayout({ children: null });
  return page({ params: Promise.resolve(params) as Promise<never>, searchParams: Promise.resolve(searchParams) as Promise<never> });
}
