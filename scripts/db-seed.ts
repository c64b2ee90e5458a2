// `npm run db:seed`: loads the demo content into DATABASE_URL or the embedded database.
// Only what is missing is created, so running it twice changes nothing.
import { fileURLToPath } from 'node:url';
import { disconnectDb, getDb } from '../lib/db/client';
import { seedDemoContent, type SeedSummary } from '../prisma/seed';

export async function runSeed(): Promise<SeedSummary> {
  const started = Date.now();
  const created = await seedDemoContent(getDb());
  const total = created.categories + created.attributes + created.figures + created.comparisons;
  console.log(
    total === 0
      ? 'Demo content already present: nothing to do.'
      : `Loaded demo content in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created.comparisons} comparisons, ` +
          `${created.figures} figures, ${created.attributes} attributes, ${created.categories} categories.`,
  );
  return created;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await runSeed();
  } finally {
    await disconnectDb();
  }
}
