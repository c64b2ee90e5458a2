// Turns measured targets into the printed table, the PASS/FAIL checks, a Markdown table for the
// README and bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatAdminMarkdown, formatAdminTable, formatPasswordHashing, type AdminReport } from './admin-report';
import type { LoadResult, LoadTool } from './load';
import type { PasswordHashing } from './passwords';

export type TargetName = 'comparison' | 'comparisonBrowser' | 'static' | 'search' | 'searchLatency' | 'searchNew' | 'searchNewAlone' | 'nginx';

/** One plain GET of the target before the run: what a single response looks like. */
export type Probe = { status: number; bodyBytes: number; headers: Record<string, string> };

export type TargetResult = {
  name: TargetName;
  label: string;
  path: string;
  /** Concurrent connections this target was measured with. */
  connections: number;
  probe: Probe;
  load: LoadResult;
  /** Share of the machine's CPU busy with other work just before this target (0-1; null if unknown; the most of its rounds). */
  busyBefore: number | null;
  /** req/s of each round, for targets measured in turns with another (`load` is the median round). */
  rounds?: number[];
  /** For a target that asks a new search query every request: how the list of queries was split. */
  queries?: QueryCounts;
};

/** The distinct queries of the demo content, split into disjoint parts (bench/search-queries.ts). */
export type QueryCounts = {
  distinct: number;
  /** The probe's (1): unseen until the probe, so it shows what a new query gets. */
  probe: number;
  warmUp: number;
  /** The measured run's share: `load.paths` says how many it took and how many repeated a query. */
  measured: number;
};

export type Check = { name: string; pass: boolean; detail: string };

export type Ratios = {
  /** The median of the rounds' ratios when the two were measured in turns, else the ratio of their req/s. */
  comparisonToStatic: number | null;
  /** Each round's comparison/static ratio (empty when they were measured once). */
  comparisonToStaticRounds: number[];
  comparisonToNginx: number | null;
  staticToNginx: number | null;
};

export type Report = {
  date: string;
  tool: LoadTool;
  connections: number;
  durationSeconds: number;
  threads: number;
  cpus: number;
  node: string;
  next: string;
  commit: string | null;
  targets: TargetResult[];
  ratios: Ratios;
  checks: Check[];
  warnings: string[];
  /** Time per password hash (null when it was not measured). */
  passwordHashing: PasswordHashing | null;
  /** Admin list queries and pages over synthetic data (null when BENCH_ADMIN=0). */
  admin: AdminReport | null;
};

export const MIN_COMPARISON_TO_STATIC = 0.9;
export const MAX_SEARCH_P95_MS = 50;
// Above this, other processes take a noticeable share of the cores the bench shares.
const MAX_BACKGROUND_BUSY = 0.2;

function rps(targets: TargetResult[], name: TargetName): number | null {
  return targets.find((t) => t.name === name)?.load.requestsPerSecond ?? null;
}

function ratio(a: number | null, b: number | null): number | null {
  return a !== null && b ? a / b : null;
}

/** Ratios of rounds measured in turns (a's round i against b's round i). */
function roundRatios(targets: TargetResult[], a: TargetName, b: TargetName): number[] {
  const [ra, rb] = [targets.find((t) => t.name === a)?.rounds ?? [], targets.find((t) => t.name === b)?.rounds ?? []];
  return ra.length === rb.length ? ra.flatMap((value, i) => (rb[i] ? [value / rb[i]!] : [])) : [];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computeRatios(targets: TargetResult[]): Ratios {
  const [comparison, staticPage, nginx] = [rps(targets, 'comparison'), rps(targets, 'static'), rps(targets, 'nginx')];
  const rounds = roundRatios(targets, 'comparison', 'static');
  return {
    comparisonToStatic: median(rounds) ?? ratio(comparison, staticPage),
    comparisonToStaticRounds: rounds,
    comparisonToNginx: ratio(comparison, nginx),
    staticToNginx: ratio(staticPage, nginx),
  };
}

function hadErrors(target: TargetResult): boolean {
  return target.load.errors > 0 || target.load.badStatus > 0;
}

function errorNote(target: TargetResult): string {
  return hadErrors(target) ? `; ${target.load.errors} socket errors/timeouts and ${target.load.badStatus} error responses` : '';
}

export function computeChecks(targets: TargetResult[], ratios: Ratios): Check[] {
  const checks: Check[] = [];
  const comparison = targets.find((t) => t.name === 'comparison');
  if (comparison) {
    const cache = comparison.probe.headers['x-nextjs-cache'] ?? 'absent';
    const value = ratios.comparisonToStatic;
    checks.push({
      name: `cached comparison page >= ${MIN_COMPARISON_TO_STATIC} x static page`,
      pass: value !== null && value >= MIN_COMPARISON_TO_STATIC && cache === 'HIT' && !hadErrors(comparison),
      detail: `${value === null ? 'n/a' : value.toFixed(2)} x${roundsNote(ratios)}; x-nextjs-cache: ${cache}${errorNote(comparison)}`,
    });
  }
  // Latency is judged at a load the server can carry; at 50 connections a page rendered per
  // request mostly waits in line (50 / throughput), which the throughput row already shows.
  // Twice: a repeated query (a cache hit) and a query never asked before (rendered on the request).
  const repeated = targets.find((t) => t.name === 'searchLatency') ?? targets.find((t) => t.name === 'search');
  if (repeated) {
    checks.push({
      name: `search p95 <= ${MAX_SEARCH_P95_MS} ms, repeated query`,
      pass: repeated.load.p95 <= MAX_SEARCH_P95_MS && !hadErrors(repeated),
      detail: `${searchLatency(repeated)}; x-nextjs-cache: ${repeated.probe.headers['x-nextjs-cache'] ?? 'absent'}${errorNote(repeated)}`,
    });
  }
  const fresh = targets.find((t) => t.name === 'searchNew');
  if (fresh) {
    checks.push({
      name: `search p95 <= ${MAX_SEARCH_P95_MS} ms, a new query every request`,
      pass: fresh.load.p95 <= MAX_SEARCH_P95_MS && !hadErrors(fresh),
      detail: `${searchLatency(fresh)}; ${newQueriesNote(fresh)}; an unseen query's x-nextjs-cache: ${fresh.probe.headers['x-nextjs-cache'] ?? 'absent'}${errorNote(fresh)}`,
    });
  }
  return checks;
}

function searchLatency(target: TargetResult): string {
  return `p95 ${ms(target.load.p95)} ms at ${plural(target.connections, 'connection')}, ${target.load.requestsPerSecond.toFixed(0)} req/s`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** How many of the run's requests repeated a query (0 when the list outlasted the run). */
function repeatedQueries(target: TargetResult): number {
  return target.load.paths?.repeated ?? 0;
}

/** "none of the 2,100 requests repeated a query" or "120 requests repeated a query". */
function repeatsNote(target: TargetResult): string {
  const repeats = repeatedQueries(target);
  return repeats > 0 ? `${count(repeats)} requests repeated a query` : `none of the ${count(target.load.requests)} requests repeated a query`;
}

function newQueriesNote(target: TargetResult): string {
  return `${repeatsNote(target)}${target.queries ? `, of ${count(target.queries.measured)} set aside for the run (${count(target.queries.distinct)} distinct in all)` : ''}`;
}

/** "search, a new query every request: 8,123 distinct queries ... none of the 2,100 requests repeated a query." for the targets that walk a list of queries. */
function queriesLines(targets: TargetResult[]): string[] {
  return targets.flatMap((t) => {
    if (!t.queries) return [];
    const { distinct, probe, warmUp, measured } = t.queries;
    const used = t.load.paths ? `; the run took ${count(t.load.paths.taken)} of its ${count(t.load.paths.listed)}` : '';
    return [
      `${t.label}: ${count(distinct)} distinct queries from the demo content (${probe} for the probe, ${count(warmUp)} for the warm-up, ${count(measured)} for the run${used}); ${repeatsNote(t)}.`,
    ];
  });
}

export function computeWarnings(targets: TargetResult[]): string[] {
  const busy = targets.filter((t) => (t.busyBefore ?? 0) > MAX_BACKGROUND_BUSY);
  const newQueries = targets.filter((t) => t.queries);
  return [
    ...targets.filter(hadErrors).map((t) => `${t.label}${errorNote(t)}: its figures are not comparable.`),
    ...newQueries
      .filter((t) => repeatedQueries(t) > 0)
      .map(
        (t) =>
          `${t.label}: ${count(repeatedQueries(t))} requests repeated a query, because the run outlasted its ${count(t.load.paths!.listed)} queries; those were likely cache hits, so its latency is lower than that of new queries only (shorten BENCH_DURATION).`,
      ),
    ...newQueries
      .filter((t) => t.probe.headers['x-nextjs-cache'] === 'HIT')
      .map((t) => `${t.label}: a query never asked in this run was served from Next's cache (x-nextjs-cache: HIT); its figures may not be those of rendered pages.`),
    ...(busy.length
      ? [`other processes kept the machine busy before ${busy.map((t) => `${t.label} (${percent(t.busyBefore!)})`).join(', ')}: figures are lower and noisier than on an idle machine.`]
      : []),
  ];
}

function roundsNote({ comparisonToStaticRounds: rounds }: Ratios): string {
  return rounds.length > 1 ? `, the median of ${rounds.length} rounds (${rounds.map((r) => r.toFixed(2)).join(', ')})` : '';
}

/** "cached comparison page: 812, 790, 845 req/s; static page: ..." for the targets measured in rounds. */
function roundsLine(targets: TargetResult[]): string | null {
  const inRounds = targets.filter((t) => (t.rounds?.length ?? 0) > 1);
  if (inRounds.length === 0) return null;
  return `Measured in turns, ${inRounds[0]!.rounds!.length} rounds each (the table shows each one's median round): ${inRounds
    .map((t) => `${t.label} ${t.rounds!.map((r) => r.toFixed(0)).join(', ')} req/s`)
    .join('; ')}.`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function times(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(2)} x`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)}`;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  // Left-align the first two columns (names), right-align the numbers.
  return rows.map((r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

export function formatTable(report: Report): string {
  const header = ['target', 'path', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'body KB', 'busy before'];
  const rows = report.targets.map((t) => [
    t.label,
    t.path,
    String(t.connections),
    t.load.requestsPerSecond.toFixed(0),
    ms(t.load.p50),
    ms(t.load.p95),
    ms(t.load.p99),
    String(t.load.errors + t.load.badStatus),
    kilobytes(t.probe.bodyBytes),
    t.busyBefore === null ? 'n/a' : percent(t.busyBefore),
  ]);
  const { comparisonToStatic, comparisonToNginx, staticToNginx } = report.ratios;
  return [
    pad([header, ...rows]),
    '',
    ...(roundsLine(report.targets) ? [roundsLine(report.targets)!] : []),
    ...queriesLines(report.targets),
    `comparison/static: ${times(comparisonToStatic)}${roundsNote(report.ratios)} (target >= ${MIN_COMPARISON_TO_STATIC})   comparison/nginx: ${times(comparisonToNginx)}   static/nginx: ${times(staticToNginx)}`,
    ...(report.passwordHashing ? ['', formatPasswordHashing(report.passwordHashing)] : []),
    ...(report.admin ? ['', formatAdminTable(report.admin)] : []),
    ...(report.passwordHashing || report.admin ? [''] : []),
    ...report.checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`),
    ...report.warnings.map((w) => `WARN  ${w}`),
  ].join('\n');
}

export function formatMarkdown(report: Report): string {
  const lines = [
    `Measured with ${report.tool}, ${report.durationSeconds} s per target, on ${report.cpus} cores shared by the server and the load generator (Node ${report.node}, Next ${report.next}, ${report.date.slice(0, 10)}${report.commit ? `, commit ${report.commit}` : ''}).`,
    '',
    '| target | connections | req/s | p50 (ms) | p95 (ms) | p99 (ms) | body (KB) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...report.targets.map((t) => `| ${t.label} \`${t.path}\` | ${t.connections} | ${t.load.requestsPerSecond.toFixed(0)} | ${ms(t.load.p50)} | ${ms(t.load.p95)} | ${ms(t.load.p99)} | ${kilobytes(t.probe.bodyBytes)} |`),
    '',
    ...(roundsLine(report.targets) ? [roundsLine(report.targets)!, ''] : []),
    ...queriesLines(report.targets).flatMap((line) => [line, '']),
    `Comparison/static ${times(report.ratios.comparisonToStatic)}${roundsNote(report.ratios)} (target >= ${MIN_COMPARISON_TO_STATIC}), comparison/nginx ${times(report.ratios.comparisonToNginx)}, static/nginx ${times(report.ratios.staticToNginx)}.`,
    '',
    ...(report.passwordHashing ? [formatPasswordHashing(report.passwordHashing), ''] : []),
    ...(report.admin ? [formatAdminMarkdown(report.admin), ''] : []),
    ...report.checks.map((c) => `- ${c.pass ? 'PASS' : 'FAIL'}: ${c.name} (${c.detail})`),
  ];
  return lines.join('\n');
}

export async function writeReport(report: Report, file = path.resolve('bench/results/latest.json')): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
