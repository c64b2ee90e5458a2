import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { getDashboardCounts } from '@/lib/db/dashboard';

export default async function DashboardPage() {
  const actor = await requirePageActor('content:edit', { from: '/admin' });
  const counts = await getDashboardCounts({ actor });
  const tiles = [
    { label: 'Published comparisons', value: counts.published, href: '/admin/comparisons?status=PUBLISHED' },
    { label: 'Drafts', value: counts.drafts, href: '/admin/comparisons?status=DRAFT' },
    { label: 'Archived', value: counts.archived, href: '/admin/comparisons?status=ARCHIVED' },
    { label: 'Figures', value: counts.figures, href: '/admin/figures' },
    { label: 'Open reports', value: counts.openReports, href: '/admin/reports' },
  ];
  return (
    <>
      <h1>Dashboard</h1>
      <p>Signed in as {actor.name} ({actor.role === 'ADMIN' ? 'admin' : 'editor'}).</p>
      <ul className="tiles">
        {tiles.map((t) => (
          <li key={t.label}>
            <Link href={t.href} className="tile">
              <span className="tile-value">{t.value}</span>
              <span className="tile-label">{t.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
