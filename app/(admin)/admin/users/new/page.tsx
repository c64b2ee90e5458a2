import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUser } from '@/components/admin/users/create-user-form';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import type { Param } from '@/lib/url-params';

export const metadata: Metadata = { title: 'Create a user' };

type Props = { searchParams: Promise<{ kept?: Param }> };

export default async function NewUserPage({ searchParams }: Props) {
  // Without JavaScript, what the admin typed when their session ended comes back once they sign in again.
  const actor = await requirePageActor('users:manage', { from: '/admin/users/new', keptField: 'email' });
  const kept = await keptFormState({ kept: (await searchParams).kept, path: '/admin/users/new', field: 'email', actor });
  return (
    <>
      <p>
        <Link href="/admin/users">← Users</Link>
      </p>
      <h1>Create a user</h1>
      <CreateUser initial={kept} />
    </>
  );
}
