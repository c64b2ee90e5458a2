import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateComparisonForm } from '@/components/admin/comparisons/create-comparison-form';
import { requirePageActor } from '@/lib/auth/session';
import { listFigureChoices } from '@/lib/db/admin-comparisons';

export const metadata: Metadata = { title: 'New comparison' };

export default async function NewComparisonPage() {
  const actor = await requirePageActor('content:edit', { from: '/admin/comparisons/new' });
  const figures = await listFigureChoices({ actor });
  return (
    <>
      <p>
        <Link href="/admin/comparisons">← All comparisons</Link>
      </p>
      <h1>New comparison</h1>
      <p>Choose the two figures. Each pair has one comparison, whichever side they are on; you write the rest next.</p>
      <CreateComparisonForm figures={figures} />
    </>
  );
}
