// `npm run db:migrate -- --name add_thing [--create-only]`
// Plans a migration from the difference between prisma/migrations and prisma/schema.prisma
// with Prisma's WebAssembly schema engine (works offline, no database server needed),
// writes prisma/migrations/<timestamp>_<name>/migration.sql, then applies pending migrations.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR } from '../lib/db/migrations';
import { diffMigrationsToSchema } from '../lib/db/schema-engine';
import { runDeploy } from './db-deploy';

const { values } = parseArgs({
  options: { name: { type: 'string' }, 'create-only': { type: 'boolean', default: false } },
});

const name = (values.name ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:migrate -- --name <what_changed> [--create-only]');
  process.exit(2);
}

const sql = await diffMigrationsToSchema(path.resolve('prisma/schema.prisma'));
if (!sql) {
  console.log('prisma/schema.prisma and prisma/migrations already agree: no migration created.');
} else {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
  await writeFile(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), 'provider = "postgresql"\n');
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql (${sql.split('\n').length} lines). Review it before committing.`);
}
if (!values['create-only']) await runDeploy();
