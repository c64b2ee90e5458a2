import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureForm } from '@/components/admin/figures/figure-form';
import { requirePageActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New figure' };

const EMPTY = {
  name: '',
  slug: '',
  kind: 'PERSON',
  description: '',
  photoAlt: '',
  photoCreditName: '',
  photoCreditUrl: '',
  photoSourceName: '',
  photoSourceUrl: '',
  photoLicense: '',
};

export default async function NewFigurePage() {
  await requirePageActor('content:edit', { from: '/admin/figures/new' });
  return (
    <>
      <p>
        <Link href="/admin/figures">← All figures</Link>
      </p>
      <h1>New figure</h1>
      <p>A person, place or thing that comparisons can be made of. You can add its facts once it is created.</p>
      <FigureForm figure={EMPTY} photo={null} />
    </>
  );
}
