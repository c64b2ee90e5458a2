import type { Metadata } from 'next';
import Link from 'next/link';
import { AttributeForm } from '@/components/admin/attributes/attribute-form';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import type { Param } from '@/lib/url-params';

export const metadata: Metadata = { title: 'New attribute' };

type Props = { searchParams: Promise<{ kept?: Param }> };

export default async function NewAttributePage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/attributes/new', keptField: 'label' });
  const kept = await keptFormState({ kept: (await searchParams).kept, path: '/admin/attributes/new', field: 'label', actor });
  return (
    <>
      <p>
        <Link href="/admin/attributes">← All attributes</Link>
      </p>
      <h1>New attribute</h1>
      <AttributeForm attribute={{ label: '', slug: '', description: '' }} initial={kept} />
    </>
  );
}
