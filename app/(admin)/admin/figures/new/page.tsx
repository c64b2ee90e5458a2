import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { FigureForm } from '@/components/admin/figures/figure-form';
import { FIGURE_FORM_STATE_HEADER, FIGURE_KEPT_FIELD, type FigureFormResult } from '@/lib/figures/form-post';
import { decodeFormState } from '@/lib/form-state';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import type { Param } from '@/lib/url-params';

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

type Props = { searchParams: Promise<{ kept?: Param }> };

export default async function NewFigurePage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/figures/new' });
  const kept = await keptFormState({ kept: (await searchParams).kept, path: '/admin/figures/new', field: FIGURE_KEPT_FIELD, actor });
  return (
    <>
      <p>
        <Link href="/admin/figures">← All figures</Link>
      </p>
      <h1>New figure</h1>
      <p>A person, place or thing that comparisons can be made of. You can add its facts once it is created.</p>
      <FigureForm figure={EMPTY} photo={null} initial={decodeFormState<FigureFormResult>((await headers()).get(FIGURE_FORM_STATE_HEADER)) ?? kept} />
    </>
  );
}
