import type { Metadata } from 'next';
import Link from 'next/link';
import { AttributeForm } from '@/components/admin/attributes/attribute-form';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New attribute' };

export default async function NewAttributePage() {
  await requirePageActor('content:edit', { from: '/admin/attributes/new' });
  return (
    <>
      <p>
        <Link href="/admin/attributes">← All attributes</Link>
      </p>
      <h1>New attribute</h1>
      <AttributeForm attribute={{ label: '', slug: '', description: '' }} />
    </>
  );
}
