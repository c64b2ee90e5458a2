import type { Metadata } from 'next';
import Link from 'next/link';
import { UserTable } from '@/components/admin/users/user-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePageActor } from '@/lib/auth/session';
import { listUsers } from '@/lib/db/user-management';

export const metadata: Metadata = { title: 'Users' };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePageActor('users:manage', { from: '/admin/users' });
  const { page: rawPage } = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? '1', 10) || 1));
  const { users, total, pageSize } = await listUsers({ actor, page });
  return (
    <>
      <h1>Users</h1>
      <p>
        {total} {total === 1 ? 'account' : 'accounts'}. Open one to change its role, disable or enable it, or reset its password.
      </p>
      <p>
        <Link className="button" href="/admin/users/new">
          Create a user
        </Link>
      </p>
      <UserTable users={users} total={total} />
      <Pagination page={page} totalPages={Math.ceil(total / pageSize)} href={(n) => `/admin/users?page=${n}`} label="Pages of users" />
    </>
  );
}
