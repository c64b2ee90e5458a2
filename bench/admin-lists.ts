// Admin list pages over the synthetic data of bench/admin-data.ts, two ways:
//  - the lib/db list queries behind them, called in this process (what a page waits for);
//  - the pages themselves over HTTP, signed in as an admin, under the load generator. Pages
//    that do not exist on this branch yet (the figures and comparisons lists are being built)
//    are reported as skipped instead of failing.
import { performance } from 'node:perf_hooks';
import type { Actor } from '../lib/auth/actor';
import { measure, warmUp, type LoadOptions, type LoadResult, type LoadTool } from './load';
import { machineBusy } from './processes';
import type { Probe } from './report';

export const MAX_ADMIN_P95_MS = 100;

export type QueryResult = { label: string; samples: number; p50: number; p95: number; max: number } | { label: string; skipped: string };

export type PageResult =
  | { label: string; path: string; connections: number; probe: Probe; load: LoadResult; /** Share of the CPU other processes used just before (0-1). */ busyBefore: number | null }
  | { label: string; path: string; skipped: string };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function time(label: string, samples: number, run: () => Promise<unknown>): Promise<QueryResult> {
  for (let i = 0; i < Math.min(10, samples); i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { label, samples, p50: percentile(durations, 50), p95: percentile(durations, 95), max: durations[durations.length - 1]! };
}

/**
 * Times the list queries of lib/db against `databaseUrl`, one after another (`samples` each,
 * after a warm-up). lib/db reads DATABASE_URL when first imported, hence the dynamic imports.
 */
export async function measureAdminQueries({ databaseUrl, admin, samples }: { databaseUrl: string; admin: Actor; samples: number }): Promise<QueryResult[]> {
  process.env.DATABASE_URL = databaseUrl;
  const [client, dashboard, comparisons, figures, audit, users, adminFigures, adminComparisons] = await Promise.all([
    import('../lib/db/client'),
    import('../lib/db/dashboard'),
    import('../lib/db/comparisons'),
    import('../lib/db/figures'),
    import('../lib/db/audit'),
    import('../lib/db/user-management'),
    import('../lib/db/admin-figures'),
    import('../lib/db/admin-comparisons'),
  ]);
  try {
    const actor = admin;
    const published = (await dashboard.getDashboardCounts({ actor })).published;
    const deep = await audit.listAuditEvents({ actor, take: 5000 });

    const results: QueryResult[] = [];
    results.push(await time('figures, admin list (listAdminFigures)', samples, () => adminFigures.listAdminFigures({ actor })));
    results.push(await time('figures, admin list, page 400 (listAdminFigures)', samples, () => adminFigures.listAdminFigures({ actor, page: 400 })));
    results.push(await time('figures, admin search "fig" (listAdminFigures)', samples, () => adminFigures.listAdminFigures({ actor, query: 'fig' })));
    results.push(await time('comparisons, admin list (listAdminComparisons)', samples, () => adminComparisons.listAdminComparisons({ actor })));
    results.push(await time('comparisons, admin list, page 400 (listAdminComparisons)', samples, () => adminComparisons.listAdminComparisons({ actor, page: 400 })));
    results.push(await time('comparisons, drafts (listAdminComparisons)', samples, () => adminComparisons.listAdminComparisons({ actor, status: 'DRAFT' })));
    results.push(await time('dashboard counts (getDashboardCounts)', samples, () => dashboard.getDashboardCounts({ actor })));
    results.push(await time('published comparisons, first 20 (listRecentComparisons)', samples, () => comparisons.listRecentComparisons({ take: 20 })));
    results.push(
      await time(`published comparisons, 20 from ${Math.floor(published * 0.9)} (listRecentComparisons)`, samples, () =>
        comparisons.listRecentComparisons({ take: 20, skip: Math.floor(published * 0.9) }),
      ),
    );
    results.push(await time('every figure (listFiguresForSitemap)', samples, () => figures.listFiguresForSitemap()));
    results.push(await time('every published comparison (listComparisonsForSitemap)', samples, () => comparisons.listComparisonsForSitemap()));
    results.push(await time('audit log, newest 50 (listAuditEvents)', samples, () => audit.listAuditEvents({ actor })));
    results.push(await time('audit log, one action (listAuditEvents)', samples, () => audit.listAuditEvents({ actor, filter: { action: 'user.disabled' } })));
    results.push(await time('audit log, actor contains (listAuditEvents)', samples, () => audit.listAuditEvents({ actor, filter: { actor: 'editor-7@' } })));
    results.push(await time('audit log, 100 pages back (listAuditEvents)', samples, () => audit.listAuditEvents({ actor, filter: { before: deep.older ?? undefined } })));
    results.push(await time('audit log actions (listAuditActionNames)', samples, () => audit.listAuditActionNames({ actor })));
    results.push(await time('users (listUsers)', samples, () => users.listUsers({ actor })));
    return results;
  } finally {
    await client.disconnectDb();
  }
}

// ---------------------------------------------------------------------------
// Pages over HTTP

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/**
 * Signs in as Auth.js's sign-in form does (CSRF token, then the credentials callback) and
 * returns the Cookie header of the resulting session.
 */
export async function signInCookie(origin: string, { email, password }: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), 'x-auth-return-redirect': '1' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/admin` }),
  });
  await response.arrayBuffer();
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?authjs\.session-token=/.test(pair));
  if (!session) throw new Error(`Signing in to ${origin} as ${email} set no session cookie (HTTP ${response.status}).`);
  return session;
}

const PROBE_HEADERS = ['cache-control', 'content-type', 'content-length'];

async function probe(url: string, cookie: string): Promise<Probe> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie, 'accept-encoding': 'identity' } });
  const body = await response.text();
  const headers = Object.fromEntries(PROBE_HEADERS.flatMap((h) => (response.headers.has(h) ? [[h, response.headers.get(h)!]] : [])));
  if (response.status >= 300 && response.status < 400) headers.location = response.headers.get('location') ?? '';
  return { status: response.status, bodyBytes: Buffer.byteLength(body), headers };
}

export const ADMIN_PAGES = [
  { label: 'figures (admin list)', path: '/admin/figures' },
  { label: 'comparisons (admin list)', path: '/admin/comparisons' },
  { label: 'dashboard', path: '/admin' },
  { label: 'audit log', path: '/admin/audit' },
  { label: 'audit log, one action', path: '/admin/audit?action=user.disabled' },
  { label: 'users', path: '/admin/users' },
] as const;

/** Measures each admin page that exists (HTTP 200 for a signed-in admin); a 404 is "not built yet". */
export async function measureAdminPages({
  origin,
  cookie,
  tool,
  options,
  onPage,
  serverPid,
}: {
  origin: string;
  /** The app server, left out of "busy before". */
  serverPid: number;
  cookie: string;
  tool: LoadTool;
  options: LoadOptions;
  onPage?: (page: { label: string; path: string }) => void;
}): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of ADMIN_PAGES) {
    const url = `${origin}${page.path}`;
    const seen = await probe(url, cookie);
    if (seen.status === 404) {
      results.push({ ...page, skipped: 'page not built yet' });
      continue;
    }
    if (seen.status !== 200) throw new Error(`${page.path} answered HTTP ${seen.status}${seen.headers.location ? ` (to ${seen.headers.location})` : ''} to a signed-in admin.`);
    onPage?.(page);
    const headers = { cookie };
    const busyBefore = await machineBusy([serverPid]);
    await warmUp(url, 50, 4, headers);
    const load = await measure(tool, url, { ...options, threads: Math.min(options.threads, options.connections), headers });
    results.push({ ...page, connections: options.connections, probe: seen, load, busyBefore });
  }
  return results;
}
