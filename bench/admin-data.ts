// Synthetic data for the admin list pages: 10,000 figures, 10,000 comparisons (half of them
// published), 10,000 audit events and a few dozen accounts, in a database of its own
// (`contrast_bench_admin`) so the demo content of the main bench stays as it is. Filled with
// set-based INSERT ... SELECT generate_series in one transaction: seconds, not minutes.
import { createOwnedDatabase, withClient, type BenchDatabase } from './database';

export const ADMIN_BENCH_DATABASE_NAME = 'contrast_bench_admin';

export type AdminBenchRows = { figures: number; comparisons: number; auditEvents: number; users: number };

export function openAdminBenchDatabase(): Promise<BenchDatabase> {
  return createOwnedDatabase(ADMIN_BENCH_DATABASE_NAME);
}

/** Fills a migrated, empty database; `admin` is the account the page measurements sign in with. */
export async function fillAdminBenchDatabase(
  url: string,
  { rows, admin }: { rows: number; admin: { email: string; name: string; passwordHash: string } },
): Promise<AdminBenchRows & { adminId: number; seconds: number }> {
  const started = Date.now();
  const editors = 40;
  return withClient(url, async (client) => {
    let adminId: number;
    await client.query('BEGIN');
    try {
      const { rows: created } = await client.query<{ id: number }>(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'ADMIN', $3) RETURNING id`,
        [admin.email, admin.name, admin.passwordHash],
      );
      adminId = created[0]!.id;
      // Editors' hashes are never checked: nobody signs in as them.
      await client.query(
        `INSERT INTO users (email, name, role, password_hash, last_login_at, disabled)
         SELECT 'editor-' || g || '@bench.test', 'Bench Editor ' || lpad(g::text, 3, '0'), 'EDITOR', 'not-a-hash',
                now() - g * interval '1 hour', g % 10 = 0
           FROM generate_series(1, $1) AS g`,
        [editors],
      );
      await client.query(
        `INSERT INTO figures (slug, name, kind, description, created_at, updated_at)
         SELECT 'bench-figure-' || g, 'Bench Figure ' || lpad(g::text, 5, '0'),
                (ARRAY['PERSON', 'PLACE', 'THING']::"FigureKind"[])[1 + g % 3],
                'Synthetic figure number ' || g || ' for the admin list benchmark.',
                now() - g * interval '1 minute', now() - g * interval '1 minute'
           FROM generate_series(1, $1) AS g`,
        [rows],
      );
      // Figure n is compared with figure n + 1 (the last with the first): `rows` distinct pairs.
      await client.query(
        `WITH f AS (SELECT id, slug, row_number() OVER (ORDER BY id) AS n FROM figures WHERE slug LIKE 'bench-figure-%')
         INSERT INTO comparisons (slug, pair_key, figure_a_id, figure_b_id, summary, introduction, conclusion, status, published_at, created_at, updated_at)
         SELECT a.slug || '-vs-' || b.slug, least(a.id, b.id) || ':' || greatest(a.id, b.id), a.id, b.id,
                'How ' || a.slug || ' and ' || b.slug || ' differ.', 'A synthetic introduction.', 'A synthetic conclusion.',
                s.status, CASE WHEN s.status = 'PUBLISHED' THEN now() - a.n * interval '1 minute' END,
                now() - a.n * interval '1 minute', now() - a.n * interval '1 minute'
           FROM f a
           JOIN f b ON b.n = a.n % $1 + 1
          CROSS JOIN LATERAL (SELECT (ARRAY['PUBLISHED', 'DRAFT', 'PUBLISHED', 'ARCHIVED']::"ComparisonStatus"[])[1 + a.n % 4] AS status) s`,
        [rows],
      );
      await client.query(
        `INSERT INTO audit_events (actor_id, actor_email, action, target_type, target_id, ip, details, created_at)
         SELECT CASE WHEN g % 7 = 0 THEN NULL ELSE $2::int END, CASE WHEN g % 7 = 0 THEN NULL ELSE $3 END,
                (ARRAY['auth.login.succeeded', 'auth.login.failed', 'user.created', 'user.role.changed', 'user.disabled', 'auth.logout', 'user.password.reset'])[1 + g % 7],
                'user', (1 + g % 40)::text, '198.51.100.' || (g % 250), jsonb_build_object('email', 'editor-' || (1 + g % 40) || '@bench.test'),
                now() - g * interval '30 seconds'
           FROM generate_series(1, $1) AS g`,
        [rows, adminId, admin.email],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    await client.query('ANALYZE');
    const counts = await client.query<AdminBenchRows>(
      `SELECT (SELECT count(*) FROM figures)::int AS figures, (SELECT count(*) FROM comparisons)::int AS comparisons,
              (SELECT count(*) FROM audit_events)::int AS "auditEvents", (SELECT count(*) FROM users)::int AS users`,
    );
    return { ...counts.rows[0]!, adminId, seconds: (Date.now() - started) / 1000 };
  });
}
