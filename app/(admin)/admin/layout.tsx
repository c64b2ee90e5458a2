import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s | Contrast admin' }, robots: { index: false, follow: false } };

// Each page checks its own permission next to its data; the layout only needs a session.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/login?callbackUrl=/admin');
  return (
    <>
      <AdminNav actor={actor} />
      <main id="main" className="container admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
