import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';

export default async function DeniedPage() {
  await requirePageActor('content:edit', { from: '/admin' });
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your account cannot open that page. If you need it, ask an admin to change your role.</p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}
