import { defineConfig } from 'prisma/config';

// Prisma's own CLI reads this file. Our runtime picks its database in lib/db/client.ts;
// this URL only matters to a developer running the real `prisma migrate status` against a server.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/db-seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/contrast' },
});
