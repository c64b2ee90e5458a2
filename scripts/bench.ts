// `npm run bench`: the production server on PostgreSQL with the demo content, under load.
//  1. BENCH_DATABASE_URL, or a fresh `contrast_bench` database (migrations + demo content)
//  2. `next build` (unless BENCH_SKIP_BUILD=1), then `next start` on a free port from BENCH_PORT (3200)
//  3. per target: warm up, then BENCH_DURATION s (10) with BENCH_CONNECTIONS (50) under wrk, or autocannon
//     without wrk: the cached comparison page, a static page, search (every search is rendered on its request,
//     pages/search.tsx: a repeated query; and a new query every request, words of the demo content, at
//     BENCH_SEARCH_CONNECTIONS (4) and one at a time), and nginx serving the comparison's HTML.
//     The comparison and static pages, whose ratio is a goal, take load unmeasured for BENCH_PAIRED_WARMUP s (5)
//     each, then turns for BENCH_ROUNDS (5) rounds each, so that a slow spell of the shared machine weighs on both;
//     their ratio is the median of the rounds' ratios
//  4. the admin area: time per password hash (BENCH_HASH_RUNS, 20), and admin list queries and pages over
//     synthetic data (BENCH_ADMIN_ROWS, 10,000 figures and comparisons) in a separate `contrast_bench_admin`
//     database, p95 <= 100 ms each (BENCH_ADMIN=0 skips the list part)
//  5. prints the table, ratios and PASS/FAIL checks, a Markdown table, and writes bench/results/latest.json
// Missed targets print FAIL and still exit 0; only a bench that could not run exits non-zero.
// The server, nginx and the bench database are always cleaned up (BENCH_KEEP_DB=1 keeps the database).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generatePassword, hashPassword } from '../lib/auth/password';
import { ADMIN_BENCH_DATABASE_NAME, fillAdminBenchDatabase, openAdminBenchDatabase } from '../bench/admin-data';
import { measureAdminPages, measureAdminQueries, signInCookie } from '../bench/admin-lists';
import { type AdminReport, computeAdminChecks, computeAdminWarnings, formatPasswordHashing } from '../bench/admin-report';
import { migrate, openBenchDatabase, seed } from '../bench/database';
import { chooseTool, type LoadOptions, type LoadTool, measure, warmUp } from '../bench/load';
import { hasNginx, startNginx } from '../bench/nginx';
import { loadSearchQueries, planQueries, type QueryPlan } from '../bench/search-queries';
import { measurePasswordHashing } from '../bench/passwords';
import { freePort, machineBusy, run, type Service, startService, stopService, waitUntilReady } from '../bench/processes';
import {
  computeChecks,
  computeRatios,
  computeWarnings,
  formatMarkdown,
  formatTable,
  plural,
  type Probe,
  type QueryCounts,
  type Report,
  type TargetName,
  type TargetResult,
  writeReport,
} from '../bench/report';

const NEXT_BIN = 'node_modules/next/dist/bin/next';
const COMPARISON_PATH = '/lenin-vs-stalin';
type Target = {
  name: TargetName;
  label: string;
  /** The path requested, or for a target with `newQueries` what its paths look like. */
  path: string;
  connections?: number;
  /** Sent with every request of the target, its warm-up and its probe. */
  headers?: Record<string, string>;
  /** A new query every request: the list split for probe, warm-up and run, and the run's paths file. */
  newQueries?: { plan: QueryPlan; file: string };
};
// Measured in turns, round after round: the pair whose ratio is a goal.
const PAIRED_TARGETS: Target[] = [
  { name: 'comparison', label: 'cached comparison page', path: COMPARISON_PATH },
  { name: 'static', label: 'static page', path: '/about' },
];
// The same query every request (PostgreSQL has its rows in memory after the first). The new-query
// target (searchNew) never asks it.
const REPEATED_QUERY = 'stalin';
// Latency where the server is not saturated: 2 connections per core by default.
const SEARCH_CONNECTIONS = positiveInt('BENCH_SEARCH_CONNECTIONS', 4);
// What a browser sends: since 2026-11-28 such a cache hit goes out compressed once and kept
// (lib/cache/compressed-responses.ts); before, Next gzipped it again for every response.
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };
const APP_TARGETS: Target[] = [
  { name: 'comparisonBrowser', label: 'cached comparison page, as a browser asks', path: COMPARISON_PATH, headers: BROWSER_ENCODINGS },
  { name: 'search', label: 'search, repeated query, throughput', path: `/search?q=${REPEATED_QUERY}` },
  { name: 'searchLatency', label: 'search, repeated query, latency', path: `/search?q=${REPEATED_QUERY}`, connections: SEARCH_CONNECTIONS },
];
const NEW_QUERY_LABEL = 'search, a new query every request';
// Headers worth keeping from the probe: they explain differences between targets.
const PROBE_HEADERS = ['x-nextjs-cache', 'x-nextjs-prerender', 'cache-control', 'content-type', 'content-length', 'content-encoding', 'vary', 'etag'];

function positiveInt(name: string, fallback: number): number {
  return wholeNumber(name, fallback, 1);
}

function nonNegativeInt(name: string, fallback: number): number {
  return wholeNumber(name, fallback, 0);
}

function wholeNumber(name: string, fallback: number, least: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number of at least ${least}, not "${raw}".`);
  return value;
}

function step(message: string): void {
  console.log(`[bench] ${message}`);
}

// Cleanup runs once, in reverse order of setup, whether the bench succeeds, fails or is interrupted.
const cleanups: { label: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const { label, run: undo } of cleanups.reverse()) {
      try {
        await undo();
      } catch (error) {
        console.error(`[bench] cleanup "${label}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}
// `on`, not `once`: npm, tsx and the terminal may each deliver the same Ctrl-C, and a signal
// with no listener left would end the process halfway through the cleanup.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    if (cleaning) return;
    step(`${signal}: cleaning up.`);
    void cleanUp().finally(() => process.exit(code));
  });
}

async function probe(url: string, extraHeaders: Record<string, string> = {}): Promise<Probe & { body: string }> {
  // Uncompressed, like the load generators ask for it (fetch would otherwise ask for gzip), unless the target asks otherwise.
  const response = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'identity', ...extraHeaders } });
  const body = await response.text(); // decoded by fetch
  const headers = Object.fromEntries(PROBE_HEADERS.flatMap((h) => (response.headers.has(h) ? [[h, response.headers.get(h)!]] : [])));
  // The bytes sent: a compressed body's Content-Length.
  const bodyBytes = headers['content-encoding'] && headers['content-length'] ? Number(headers['content-length']) : Buffer.byteLength(body);
  return { status: response.status, bodyBytes, headers, body };
}

type Run = { tool: LoadTool; options: LoadOptions; origin: string; /** Our own server processes, left out of "busy before". */ ownPids: number[] };

/**
 * Warms the target up and fetches it once: what a single response looks like. A target with
 * `newQueries` warms up on its warm-up queries and probes one query nothing has asked yet.
 */
async function prepareTarget({ origin }: Run, target: Target) {
  const warmupRequests = positiveInt('BENCH_WARMUP', 300);
  const plan = target.newQueries?.plan;
  // For a list of paths, the URL gives the load generator the origin; each request takes its path from the list.
  const url = plan ? `${origin}/search` : `${origin}${target.path}`;
  const probePath = plan ? plan.probePath : target.path;
  if (plan) {
    step(
      `${target.label} ${target.path}: ${plan.distinct} distinct queries from the demo content; warming up on ${plan.warmUpPaths.length} of them ` +
        `(${warmupRequests} requests), ${plan.measuredPaths.length} others set aside for the run.`,
    );
    await warmUp(plan.warmUpPaths.map((p) => `${origin}${p}`), warmupRequests);
  } else {
    step(`${target.label} ${target.path}: warming up (${warmupRequests} requests).`);
    await warmUp(url, warmupRequests, undefined, target.headers);
  }
  const { body, ...seen } = await probe(`${origin}${probePath}`, target.headers);
  const cache = seen.headers['x-nextjs-cache'];
  step(`${target.label}: probe ${probePath}: HTTP ${seen.status}, ${(seen.bodyBytes / 1024).toFixed(1)} KB, x-nextjs-cache: ${cache ?? 'absent'}.`);
  if (plan && cache === 'HIT') step(`warning: ${probePath}, never asked in this run, came from Next's cache.`);
  if (seen.status !== 200) throw new Error(`${probePath} got HTTP ${seen.status}.`);
  if ((target.name === 'comparison' || target.name === 'comparisonBrowser') && cache !== 'HIT') {
    step(`warning: ${target.path} is not served from Next's cache (x-nextjs-cache: ${cache ?? 'absent'}).`);
  }
  return { url, probe: seen, body };
}

/** One measured run of the target, with how busy the machine was just before it. */
async function loadTarget({ tool, options, ownPids }: Run, target: Target, url: string) {
  const busyBefore = await machineBusy(ownPids);
  const connections = target.connections ?? options.connections;
  step(`${target.label} ${target.path}: measuring for ${options.durationSeconds} s at ${plural(connections, 'connection')}.`);
  const pathsFile = target.newQueries?.file;
  const load = await measure(tool, url, {
    ...options,
    connections,
    threads: Math.min(options.threads, connections),
    ...(pathsFile ? { pathsFile } : {}),
    ...(target.headers ? { headers: { ...options.headers, ...target.headers } } : {}),
  });
  if (load.paths) {
    const { listed, taken, repeated } = load.paths;
    step(`${target.label}: the run took ${taken} of its ${listed} paths; ${repeated ? `${repeated} requests repeated a query` : 'no query was asked twice'}.`);
  }
  return { connections, load, busyBefore };
}

function queryCounts(plan: QueryPlan): QueryCounts {
  return { distinct: plan.distinct, probe: 1, warmUp: plan.warmUpPaths.length, measured: plan.measuredPaths.length };
}

async function measureTarget(run: Run, target: Target) {
  const { url, probe: seen, body } = await prepareTarget(run, target);
  const { connections, load, busyBefore } = await loadTarget(run, target, url);
  const queries = target.newQueries ? { queries: queryCounts(target.newQueries.plan) } : {};
  return { result: { name: target.name, label: target.label, path: target.path, connections, probe: seen, load, busyBefore, ...queries } satisfies TargetResult, body };
}

/**
 * The new-query targets: queries from the bench database's content, dealt alternately into two
 * disjoint lists, each split for its probe, warm-up and run, the run's share written to a paths file
 * in `tmp`. The first is the goal's (BENCH_SEARCH_CONNECTIONS at once); the second asks one query at
 * a time: a render's own latency, with nothing to wait behind.
 */
async function newQueryTargets(databaseUrl: string, tmp: string): Promise<Target[]> {
  const queries = await loadSearchQueries(databaseUrl, [REPEATED_QUERY]);
  const lists = [queries.filter((_, i) => i % 2 === 0), queries.filter((_, i) => i % 2 === 1)];
  const targets: Target[] = [
    { name: 'searchNew', label: NEW_QUERY_LABEL, path: '/search?q=<new>', connections: SEARCH_CONNECTIONS },
    { name: 'searchNewAlone', label: `${NEW_QUERY_LABEL}, one at a time`, path: '/search?q=<new>', connections: 1 },
  ];
  return Promise.all(
    targets.map(async (target, i) => {
      const plan = planQueries(lists[i]!, positiveInt('BENCH_WARMUP', 300));
      const file = path.join(tmp, `${target.name}-paths.txt`);
      await writeFile(file, `${plan.measuredPaths.join('\n')}\n`);
      return { ...target, newQueries: { plan, file } };
    }),
  );
}

/**
 * The targets of a ratio, measured in turns for `rounds` rounds (a, b, a, b, ...). Each target
 * reports its median round (by req/s) as its figures and every round's req/s in `rounds`.
 */
async function measurePaired(run: Run, targets: Target[], rounds: number) {
  const prepared = [];
  for (const target of targets) prepared.push({ target, ...(await prepareTarget(run, target)) });
  // A few hundred requests leave V8 still compiling the hot paths: each page first takes load,
  // unmeasured, for BENCH_PAIRED_WARMUP seconds, so that the rounds compare steady states.
  const warmSeconds = nonNegativeInt('BENCH_PAIRED_WARMUP', 5);
  if (warmSeconds > 0) {
    for (const { target, url } of prepared) {
      step(`${target.label} ${target.path}: under load for ${warmSeconds} s, not measured.`);
      await measure(run.tool, url, { ...run.options, durationSeconds: warmSeconds });
    }
  }
  const runs = prepared.map(() => [] as Awaited<ReturnType<typeof loadTarget>>[]);
  for (let round = 1; round <= rounds; round++) {
    step(`Round ${round} of ${rounds}: ${targets.map((t) => t.label).join(', then ')}.`);
    for (const [i, { target, url }] of prepared.entries()) runs[i]!.push(await loadTarget(run, target, url));
  }
  const results = prepared.map(({ target, probe: seen }, i) => {
    const median = medianBy(runs[i]!, (r) => r.load.requestsPerSecond);
    return {
      name: target.name,
      label: target.label,
      path: target.path,
      connections: median.connections,
      probe: seen,
      load: median.load,
      busyBefore: Math.max(...runs[i]!.map((r) => r.busyBefore ?? 0)),
      rounds: runs[i]!.map((r) => r.load.requestsPerSecond),
    } satisfies TargetResult;
  });
  return { results, bodies: prepared.map((p) => p.body) };
}

function medianBy<T>(items: T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Admin list queries and pages over synthetic data in `contrast_bench_admin`: created, migrated,
 * filled with bulk SQL, measured through lib/db and through a second `next start`, dropped.
 */
async function measureAdmin({ tool, options, tmp, fromPort }: { tool: LoadTool; options: LoadOptions; tmp: string; fromPort: number }): Promise<AdminReport> {
  const database = await openAdminBenchDatabase();
  if (process.env.BENCH_KEEP_DB !== '1') cleanups.push({ label: 'drop admin database', run: database.drop });
  step(`Created ${ADMIN_BENCH_DATABASE_NAME}; applying migrations and filling it with synthetic data.`);
  await migrate(database.url);
  const admin = { email: 'bench-admin@bench.test', name: 'Bench Admin', password: generatePassword() };
  const filled = await fillAdminBenchDatabase(database.url, { rows: positiveInt('BENCH_ADMIN_ROWS', 10_000), admin: { ...admin, passwordHash: await hashPassword(admin.password) } });
  const { adminId, seconds: fillSeconds, ...rows } = filled;
  step(`Filled in ${fillSeconds.toFixed(1)} s: ${rows.figures} figures, ${rows.comparisons} comparisons, ${rows.auditEvents} audit events, ${rows.users} users.`);

  const samples = positiveInt('BENCH_ADMIN_SAMPLES', 100);
  step(`Timing the lib/db list queries, ${samples} calls each.`);
  const actor = { id: adminId, email: admin.email, name: admin.name, role: 'ADMIN' as const, mustChangePassword: false, ip: '127.0.0.1' };
  const queries = await measureAdminQueries({ databaseUrl: database.url, admin: actor, samples });

  const port = await freePort(fromPort);
  const origin = `http://127.0.0.1:${port}`;
  const server = startService('next start (admin data)', process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, PORT: String(port) },
    logFile: path.join(tmp, 'next-start-admin.log'),
  });
  cleanups.push({ label: 'stop next start (admin data)', run: () => stopService(server) });
  await waitUntilReady(`${origin}/api/health`, server, 60_000);
  const cookie = await signInCookie(origin, admin);
  const connections = positiveInt('BENCH_ADMIN_CONNECTIONS', 4);
  step(`Signed in as ${admin.email} on ${origin}; measuring the admin pages that exist at ${plural(connections, 'connection')}.`);
  const pages = await measureAdminPages({
    origin,
    cookie,
    tool,
    options: { ...options, connections },
    serverPid: server.child.pid!,
    onPage: (page) => step(`${page.label} ${page.path}: warming up, then measuring for ${options.durationSeconds} s.`),
  });
  await stopService(server);
  return { database: ADMIN_BENCH_DATABASE_NAME, rows, fillSeconds, samples, connections, queries, pages };
}

function gitCommit(): string | null {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : null;
}

async function main(): Promise<void> {
  const options: LoadOptions = {
    durationSeconds: positiveInt('BENCH_DURATION', 10),
    connections: positiveInt('BENCH_CONNECTIONS', 50),
    threads: positiveInt('BENCH_THREADS', Math.min(2, os.availableParallelism())),
  };
  const tool = chooseTool();

  const hashRuns = positiveInt('BENCH_HASH_RUNS', 20);
  step(`Timing password hashing: ${hashRuns} runs of hashPassword and verifyPassword.`);
  const passwordHashing = await measurePasswordHashing(hashRuns);
  step(formatPasswordHashing(passwordHashing));

  const database = await openBenchDatabase();
  if (database.owned && process.env.BENCH_KEEP_DB !== '1') cleanups.push({ label: 'drop database', run: database.drop });
  step(database.owned ? `Created a fresh database: ${database.url}` : `Using BENCH_DATABASE_URL: ${database.url}`);
  const applied = await migrate(database.url);
  step(`Applied ${applied.length} migration(s); loading the demo content.`);
  await seed(database.url);

  if (process.env.BENCH_SKIP_BUILD === '1') {
    if (!existsSync('.next/BUILD_ID')) throw new Error('BENCH_SKIP_BUILD=1 but there is no production build (.next/BUILD_ID).');
    step('BENCH_SKIP_BUILD=1: using the existing production build.');
  } else {
    step('Building the app (`next build`).');
    const code = await run(process.execPath, [NEXT_BIN, 'build']);
    if (code !== 0) throw new Error(`next build failed (exit code ${code}).`);
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'contrast-bench-'));
  step(`Logs and temporary files: ${tmp}`);
  cleanups.push({
    label: 'remove temporary files',
    // Kept when the bench fails: the server's and nginx's logs say why.
    run: async () => (failed ? step(`Logs kept in ${tmp}`) : rm(tmp, { recursive: true, force: true })),
  });

  const port = await freePort(positiveInt('BENCH_PORT', 3200));
  const origin = `http://127.0.0.1:${port}`;
  const server: Service = startService('next start', process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    // Every request comes from 127.0.0.1: the search limit is raised so the new-query target measures
    // searches rather than refusals. Each is still counted (one statement), as in production.
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, PORT: String(port), SEARCH_LIMIT_PER_MINUTE: process.env.SEARCH_LIMIT_PER_MINUTE ?? '1000000' },
    logFile: path.join(tmp, 'next-start.log'),
  });
  cleanups.push({ label: 'stop next start', run: () => stopService(server) });
  await waitUntilReady(`${origin}/api/health`, server, 60_000);
  step(`next start is ready on ${origin}; load generator: ${tool}, ${plural(options.connections, 'connection')}, ${plural(options.threads, 'thread')}.`);

  const targets: TargetResult[] = [];
  const appRun: Run = { tool, options, origin, ownPids: [server.child.pid!] };
  const rounds = positiveInt('BENCH_ROUNDS', 5);
  const paired = await measurePaired(appRun, PAIRED_TARGETS, rounds);
  targets.push(...paired.results);
  const comparisonHtml = paired.bodies[PAIRED_TARGETS.findIndex((t) => t.name === 'comparison')] ?? null;
  for (const target of [...APP_TARGETS, ...(await newQueryTargets(database.url, tmp))]) targets.push((await measureTarget(appRun, target)).result);

  if (!hasNginx()) {
    step('nginx is not installed: no machine ceiling this run.');
  } else if (comparisonHtml) {
    const nginxPort = await freePort(port + 1);
    const nginx = await startNginx({ html: comparisonHtml, pagePath: COMPARISON_PATH, dir: path.join(tmp, 'nginx'), port: nginxPort });
    cleanups.push({ label: 'stop nginx', run: () => stopService(nginx) });
    const nginxRun: Run = { ...appRun, origin: `http://127.0.0.1:${nginxPort}`, ownPids: [...appRun.ownPids, nginx.child.pid!] };
    const { result } = await measureTarget(nginxRun, { name: 'nginx', label: 'nginx, same HTML', path: COMPARISON_PATH });
    targets.push(result);
    await stopService(nginx);
  }

  // The demo-content server is done: the admin part gets the cores to itself.
  await stopService(server);
  const admin = process.env.BENCH_ADMIN === '0' ? null : await measureAdmin({ tool, options, tmp, fromPort: port + 2 });

  const ratios = computeRatios(targets);
  const report: Report = {
    date: new Date().toISOString(),
    tool,
    ...options,
    cpus: os.availableParallelism(),
    node: process.version,
    next: (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version,
    commit: gitCommit(),
    targets,
    ratios,
    checks: [...computeChecks(targets, ratios), ...(admin ? computeAdminChecks(admin) : [])],
    warnings: [...computeWarnings(targets), ...(admin ? computeAdminWarnings(admin) : [])],
    passwordHashing,
    admin,
  };
  const file = await writeReport(report);
  console.log(`\nResults (${tool}, ${plural(options.connections, 'connection')}, ${options.durationSeconds} s each; "busy before": CPU used by other processes just before the target):\n`);
  console.log(formatTable(report));
  console.log(`\nMarkdown for the README:\n\n${formatMarkdown(report)}\n`);
  step(`Wrote ${path.relative(process.cwd(), file)}.`);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`[bench] could not run: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
