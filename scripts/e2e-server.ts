// Started by Playwright (playwright.config.ts `webServer`): a fresh database with the demo
// content, a production build of the current code, and `next start` on E2E_PORT.
// The database URL is written to test-results/e2e-database-url for tests that change data.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ADMIN, EDITOR } from '../tests/e2e/support/accounts';
import { e2eSmtpPort } from '../tests/e2e/support/smtp-port';
import { createTestDatabase } from '../tests/support/database';

const port = process.env.E2E_PORT ?? '3005';
const database = await createTestDatabase('e2e');
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/e2e-database-url', database.url);
// TRUST_PROXY_HOPS=1: tests act as a trusted proxy and say which reader is asking
// (X-Forwarded-For), so per-address limits apply to each test's own readers.
// SEARCH_LIMIT_PER_MINUTE=120: the specs that do not name a reader all search as 127.0.0.1;
// twice the default leaves them room, and search.spec.ts exceeds it as a reader of its own.
// VIEW_COUNT_FLUSH_SECONDS=1: readings of comparison pages reach the popular list in a second.
// SMTP_URL: readers' emails go to the port a spec's own SMTP server listens on while it needs
// one (tests/e2e/support/mailbox.ts); otherwise sending fails and the outbox retries later.
const smtpPort = e2eSmtpPort();
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  PORT: port,
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? 'e2e-revalidate-secret',
  TRUST_PROXY_HOPS: '1',
  SEARCH_LIMIT_PER_MINUTE: '120',
  VIEW_COUNT_FLUSH_SECONDS: '1',
  ...(smtpPort ? { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } : {}),
};

// Asynchronous on purpose: the embedded database is served from this process's event loop.
function run(args: string[], input?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'], env });
    if (input !== undefined) child.stdin!.end(`${input}\n`);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const seeded = await run(['--conditions=react-server', '--import', 'tsx', 'scripts/db-seed.ts']);
if (seeded !== 0) process.exit(seeded);
for (const [account, role] of [[ADMIN, 'admin'], [EDITOR, 'editor']] as const) {
  const created = await run(['--conditions=react-server', '--import', 'tsx', 'scripts/user-create.ts', '--email', account.email, '--name', account.name, '--role', role], account.password);
  if (created !== 0) process.exit(created);
}
if (process.env.E2E_SKIP_BUILD !== '1') {
  const built = await run(['node_modules/next/dist/bin/next', 'build']);
  if (built !== 0) process.exit(built);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', port], { stdio: 'inherit', env });
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // The server first (up to 5 s), so that no request it is still finishing meets a dropped database.
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  await database.drop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
server.on('exit', (code) => void stop(code ?? 0));
