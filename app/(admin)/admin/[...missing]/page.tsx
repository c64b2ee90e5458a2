import type { Metadata } from 'next';
import { AdminNotFound } from '@/components/admin/admin-not-found';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Page not found' };

// An admin address that names no page (a mistyped or outdated link): a 404 inside the admin
// layout, with its navigation, rather than the public site's. A visitor without a session is
// sent to sign in first, as on every admin page, and then to the dashboard.
export default async function MissingAdminPage() {
  await requirePageActor('content:edit', { from: '/admin' });
  return <AdminNotFound what="admin page" back={{ href: '/admin', label: 'Dashboard' }} />;
}
