// `npm run db:deploy`: applies pending migrations to DATABASE_URL or the embedded database.
import { fileURLToPath } from 'node:url';
import { deployMigrations } from '../lib/db/migrations';
import { openSqlRunner } from '../lib/db/sql-runner';

export async function runDeploy(): Promise<void> {
  const db = await openSqlRunner();
  try {
    const result = await deployMigrations(db);
    for (const name of result.checksumMismatches) {
      console.warn(`Warning: migration ${name} was edited after it was applied (checksum differs).`);
    }
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s) to the ${db.description}: ${result.applied.join(', ')}.`
        : `The ${db.description} is up to date (${result.alreadyApplied} migration(s) applied).`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runDeploy();
}
