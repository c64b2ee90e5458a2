// `npm start` (and `npm run dev` with --dev): prepare the database, build if needed, serve.
//  1. DATABASE_URL, or the embedded database in .data/ when it is unset
//  2. apply pending migrations
//  3. on an empty database: load the demo content and create the first admin account
//  4. `next build` when there is no production build yet, or it was not made here for this address
//  5. serve on PORT (default 3000)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createFirstAdmin } from '../lib/db/users';
import { disconnectDb, getDb } from '../lib/db/client';
import { openSqlRunner } from '../lib/db/sql-runner';
import { env } from '../lib/env';
import { runDeploy } from './db-deploy';
import { runSeed } from './db-seed';

const isDev = process.argv.includes('--dev');
const BOOTSTRAP_LOCK = 7_265_002;
const started = Date.now();
const nextBin = 'node_modules/next/dist/bin/next';
// Nothing leaves the machine: no telemetry unless the operator asks for it.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function step(message: string) {
  console.log(`[contrast] ${message}`);
}

step(env.databaseUrl ? 'Using the PostgreSQL server in DATABASE_URL.' : `Using the embedded database in ${env.pgliteDataDir}.`);
await runDeploy();

// Instances starting together on an empty PostgreSQL database: one loads the demo content,
// the others wait and then find it there. (The embedded database has one owner by construction.)
async function withBootstrapLock(work: () => Promise<void>): Promise<void> {
  if (!env.databaseUrl) return work();
  const lock = await openSqlRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [BOOTSTRAP_LOCK]);
    await work();
  } finally {
    await lock.close();
  }
}

await withBootstrapLock(async () => {
  const db = getDb();
  const [figures, comparisons] = await Promise.all([db.figure.count(), db.comparison.count()]);
  if (figures === 0 && comparisons === 0) {
    step('Empty database: loading the demo content.');
    await runSeed();
  }
  const admin = await createFirstAdmin({
    email: process.env.ADMIN_EMAIL?.trim() || 'admin@contrast.local',
    name: process.env.ADMIN_NAME?.trim() || 'Administrator',
    password: process.env.ADMIN_PASSWORD || undefined,
  });
  if (admin.created) {
    step(`Created the first admin account: ${admin.email}`);
    if (admin.generatedPassword) {
      step(`Its password (shown only this once; you will be asked to change it): ${admin.generatedPassword}`);
    }
  }
});
await disconnectDb();

// Static pages (/about) carry the site's address in their canonical link and share tags, fixed
// when they are built. A build is reused only when this script made it, for this address (SITE_URL,
// or localhost's with PORT): one made by `npm test` or the bench, for their own ports and databases,
// or by hand, is made again. (The pages a server renders later follow its database: see
// lib/cache/cache-handler.mjs.)
const BUILT_FOR = '.next/contrast-built-for';
const buildId = () => readFileSync('.next/BUILD_ID', 'utf8').trim();
function buildReason(): string | null {
  if (!existsSync('.next/BUILD_ID')) return 'No production build yet: running `next build` (once).';
  const [builtId, builtFor] = existsSync(BUILT_FOR) ? readFileSync(BUILT_FOR, 'utf8').trim().split(' ') : [];
  if (builtId !== buildId()) return 'The production build here was not made by `npm start` (`npm test` and the bench build for addresses of their own): running `next build` again.';
  if (builtFor !== env.siteUrl) return `The build was made for ${builtFor}, not ${env.siteUrl}: running \`next build\` again.`;
  return null;
}
const reason = isDev ? null : buildReason();
if (reason) {
  step(reason);
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(BUILT_FOR, `${buildId()} ${env.siteUrl}\n`);
}

const port = String(env.port);
step(`Ready steps took ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server.`);
const server = spawn(process.execPath, [nextBin, isDev ? 'dev' : 'start', '--port', port], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: process.env,
});
let announced = false;
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(chunk.toString())) {
    announced = true;
    step(`Contrast is running at http://localhost:${port}`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
