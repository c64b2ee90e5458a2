// The benchmark's additions for the admin area: time per password hash, and the admin list
// queries and pages over the synthetic data, with a PASS/FAIL line each (p95 <= 100 ms).
import { MAX_ADMIN_P95_MS, type PageResult, type QueryResult } from './admin-lists';
import type { AdminBenchRows } from './admin-data';
import type { PasswordHashing } from './passwords';

export type AdminReport = {
  database: string;
  rows: AdminBenchRows;
  fillSeconds: number;
  samples: number;
  connections: number;
  queries: QueryResult[];
  pages: PageResult[];
};

type Check = { name: string; pass: boolean; detail: string };

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

const thousands = (n: number) => n.toLocaleString('en-US');

export const PASSWORD_PARAMETERS = 'argon2id, m=19456 KiB, t=2, p=1';

export function formatPasswordHashing(p: PasswordHashing): string {
  return `Password hashing (${PASSWORD_PARAMETERS}), mean of ${p.runs} runs: hashPassword ${ms(p.hashMs)} ms, verifyPassword ${ms(p.verifyMs)} ms, hash + verify ${ms(p.hashAndVerifyMs)} ms (slowest hash ${ms(p.maxHashMs)} ms).`;
}

function rowsLine(admin: AdminReport): string {
  const { figures, comparisons, auditEvents, users } = admin.rows;
  return `${thousands(figures)} figures, ${thousands(comparisons)} comparisons, ${thousands(auditEvents)} audit events, ${users} users in ${admin.database} (filled in ${admin.fillSeconds.toFixed(1)} s)`;
}

export function computeAdminChecks(admin: AdminReport): Check[] {
  const checks: Check[] = [];
  for (const q of admin.queries) {
    if ('skipped' in q) continue;
    checks.push({ name: `list query p95 <= ${MAX_ADMIN_P95_MS} ms: ${q.label}`, pass: q.p95 <= MAX_ADMIN_P95_MS, detail: `p95 ${ms(q.p95)} ms over ${q.samples} calls` });
  }
  for (const p of admin.pages) {
    if ('skipped' in p) continue;
    const errors = p.load.errors + p.load.badStatus;
    checks.push({
      name: `admin page p95 <= ${MAX_ADMIN_P95_MS} ms: ${p.path}`,
      pass: p.load.p95 <= MAX_ADMIN_P95_MS && errors === 0,
      detail: `p95 ${ms(p.load.p95)} ms at ${p.connections} connections, ${p.load.requestsPerSecond.toFixed(0)} req/s${errors ? `; ${errors} errors` : ''}`,
    });
  }
  return checks;
}

function pad(rows: string[][], leftColumns: number): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

function skippedLines(admin: AdminReport): string[] {
  return [
    ...admin.queries.flatMap((q) => ('skipped' in q ? [`SKIP  ${q.label}: ${q.skipped}`] : [])),
    ...admin.pages.flatMap((p) => ('skipped' in p ? [`SKIP  ${p.path} (${p.label}): skipped: ${p.skipped}`] : [])),
  ];
}

export function formatAdminTable(admin: AdminReport): string {
  const queries = admin.queries.flatMap((q) => ('skipped' in q ? [] : [[q.label, String(q.samples), ms(q.p50), ms(q.p95), ms(q.max)]]));
  const pages = admin.pages.flatMap((p) =>
    'skipped' in p
      ? []
      : [
          [
            p.label,
            p.path,
            String(p.connections),
            p.load.requestsPerSecond.toFixed(0),
            ms(p.load.p50),
            ms(p.load.p95),
            ms(p.load.p99),
            String(p.load.errors + p.load.badStatus),
            (p.probe.bodyBytes / 1024).toFixed(1),
            p.busyBefore === null ? 'n/a' : `${Math.round(p.busyBefore * 100)}%`,
          ],
        ],
  );
  return [
    `Admin lists over ${rowsLine(admin)}:`,
    '',
    pad([['lib/db query (in process, one at a time)', 'calls', 'p50 ms', 'p95 ms', 'max ms'], ...queries], 1),
    '',
    pages.length ? pad([['admin page (signed in)', 'path', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'body KB', 'busy before'], ...pages], 2) : 'No admin page measured.',
    ...(skippedLines(admin).length ? ['', ...skippedLines(admin)] : []),
  ].join('\n');
}

export function formatAdminMarkdown(admin: AdminReport): string {
  const queries = admin.queries.map((q) => ('skipped' in q ? `| ${q.label} | skipped: ${q.skipped} | | |` : `| ${q.label} | ${q.samples} | ${ms(q.p50)} | ${ms(q.p95)} |`));
  const pages = admin.pages.map((p) =>
    'skipped' in p
      ? `| ${p.label} \`${p.path}\` | skipped: ${p.skipped} | | | |`
      : `| ${p.label} \`${p.path}\` | ${p.connections} | ${p.load.requestsPerSecond.toFixed(0)} | ${ms(p.load.p50)} | ${ms(p.load.p95)} |`,
  );
  return [
    `Admin lists over ${rowsLine(admin)}:`,
    '',
    '| lib/db query | calls | p50 (ms) | p95 (ms) |',
    '|---|---:|---:|---:|',
    ...queries,
    '',
    '| admin page (signed in) | connections | req/s | p50 (ms) | p95 (ms) |',
    '|---|---:|---:|---:|---:|',
    ...pages,
  ].join('\n');
}

export function computeAdminWarnings(admin: AdminReport): string[] {
  const busy = admin.pages.flatMap((p) => (!('skipped' in p) && (p.busyBefore ?? 0) > 0.2 ? [`${p.path} (${Math.round(p.busyBefore! * 100)}%)`] : []));
  return busy.length ? [`other processes kept the machine busy before the admin pages ${busy.join(', ')}: their latencies are higher and noisier than on an idle machine.`] : [];
}
