// Runtime configuration, read once. Every variable is optional: with none set, Contrast
// runs on an embedded database in .data/ and serves on port 3000.
import path from 'node:path';

function optional(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

export const env = {
  /** postgres:// URL of a real PostgreSQL server; unset means the embedded PGlite database. */
  databaseUrl: optional('DATABASE_URL'),
  /** Where the embedded database keeps its files (or memory:// for a throwaway one). */
  pgliteDataDir: optional('PGLITE_DATA_DIR') ?? path.resolve(process.cwd(), '.data/pglite'),
  port: Number(optional('PORT') ?? 3000),
  /** Public origin used in canonical links, Open Graph tags and the sitemap. */
  siteUrl: (optional('SITE_URL') ?? `http://localhost:${optional('PORT') ?? 3000}`).replace(/\/$/, ''),
  /** Shared secret for POST /api/revalidate (operators and scripts); unset disables the route. */
  revalidateSecret: optional('REVALIDATE_SECRET'),
} as const;

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
