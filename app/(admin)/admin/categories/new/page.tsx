import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryForm } from '@/components/admin/categories/category-form';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import type { Param } from '@/lib/url-params';

export const metadata: Metadata = { title: 'New category' };

type Props = { searchParams: Promise<{ kept?: Param }> };

export default async function NewCategoryPage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/categories/new', keptField: 'name' });
  const kept = await keptFormState({ kept: (await searchParams).kept, path: '/admin/categories/new', field: 'name', actor });
  return (
    <>
      <p>
        <Link href="/admin/categories">← All categories</Link>
      </p>
      <h1>New category</h1>
      <CategoryForm category={{ name: '', slug: '', description: '' }} initial={kept} />
    </>
  );
}
