import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { TypedTextKeeper } from '@/components/ui/typed-text-keeper';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { countOpenReports } from '@/lib/db/report-queue';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s | Contrast admin' }, robots: { index: false, follow: false } };

// Each page checks the session and its own permission next to its data (requirePageActor, in
// every admin page: tests/unit/admin-pages.test.ts). Without a session, the page sends the
// visitor to the login page with its own address to come back to: a layout does not know it.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) {
    return (
      <main id="main" className="container admin-main" tabIndex={-1}>
        {children}
      </main>
    );
  }
  // One indexed count per admin page, for the badge on "Reports".
  const openReports = can(actor.role, 'reports:decide') ? await countOpenReports({ actor }) : null;
  return (
    <>
      <TypedTextKeeper />
      <AdminNav actor={actor} openReports={openReports} />
      <main id="main" className="container admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
