import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryForm } from '@/components/admin/categories/category-form';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New category' };

export default async function NewCategoryPage() {
  await requirePageActor('content:edit', { from: '/admin/categories/new' });
  return (
    <>
      <p>
        <Link href="/admin/categories">← All categories</Link>
      </p>
      <h1>New category</h1>
      <CategoryForm category={{ name: '', slug: '', description: '' }} />
    </>
  );
}
