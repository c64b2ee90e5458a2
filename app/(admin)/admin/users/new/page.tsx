import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUser } from '@/components/admin/users/create-user-form';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Create a user' };

export default async function NewUserPage() {
  await requirePageActor('users:manage', { from: '/admin/users/new' });
  return (
    <>
      <p>
        <Link href="/admin/users">← Users</Link>
      </p>
      <h1>Create a user</h1>
      <CreateUser />
    </>
  );
}
