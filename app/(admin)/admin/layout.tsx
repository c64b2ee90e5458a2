import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { countOpenReports } from '@/lib/db/report-queue';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s | Contrast admin' }, robots: { index: false, follow: false } };

// Each page checks its own permission next to its data; the layout only needs a session.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/login?callbackUrl=/admin');
  // One indexed count per admin page, for the badge on "Reports".
  const openReports = can(actor.role, 'reports:decide') ? await countOpenReports({ actor }) : null;
  return (
    <>
      <AdminNav actor={actor} openReports={openReports} />
      <main id="main" className="container admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
