import { headers } from 'next/headers';
import Link from 'next/link';
import { FactTable } from '@/components/admin/figures/fact-table';
import { FigureForm } from '@/components/admin/figures/figure-form';
import { FIGURE_FORM_STATE_HEADER, FIGURE_KEPT_FIELD, type FigureFormResult } from '@/lib/figures/form-post';
import { decodeFormState } from '@/lib/form-state';
import styles from '@/components/admin/figures/figures.module.css';
import { positiveInt } from '@/lib/url-params';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import { savedNotice } from '@/lib/actions/result';
import { describeUsage, getFigureForEdit, getFigureUsage } from '@/lib/db/admin-figures';
import { listFigureFacts } from '@/lib/db/facts';
import { mediaUrl, variantWidths } from '@/lib/media/images';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; kept?: string }> };

const byId = adminPageById({ permission: 'content:edit', get: getFigureForEdit, name: (figure) => `Edit ${figure.name}`, fallback: 'Edit figure' });

export const generateMetadata = byId.generateMetadata;

export default async function EditFigurePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/figures/${rawId}` });
  const id = positiveInt(rawId);
  if (!id) return <AdminNotFound what="figure" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const [figure, facts, usage] = await Promise.all([byId.load(actor, rawId), listFigureFacts({ actor, figureId: id }), getFigureUsage({ actor, id })]);
  if (!figure) return <AdminNotFound what="figure" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const { saved, kept: keptId } = await searchParams;
  const kept = await keptFormState({ kept: keptId, path: `/admin/figures/${rawId}`, field: FIGURE_KEPT_FIELD, actor });
  const photo =
    figure.photoHash && figure.photo
      ? { previewUrl: mediaUrl(figure.photoHash, variantWidths(figure.photo.width)[0]!), width: figure.photo.width, height: figure.photo.height, alt: figure.photoAlt ?? '' }
      : null;

  return (
    <>
      <p>
        <Link href="/admin/figures">← All figures</Link>
      </p>
      <h1>{figure.name}</h1>
      <div className={styles.actions}>
        <Link href={`/figures/${figure.slug}`}>Public page</Link>
        <Link href={`/admin/figures/${figure.id}/history`}>History (version {figure.version})</Link>
        <Link href={`/admin/figures/${figure.id}/delete`}>Delete…</Link>
      </div>
      <FigureForm
        key={figure.version}
        figure={{
          id: figure.id,
          version: figure.version,
          name: figure.name,
          slug: figure.slug,
          kind: figure.kind,
          description: figure.description,
          photoAlt: figure.photoAlt ?? '',
          photoCreditName: figure.photoCreditName ?? '',
          photoCreditUrl: figure.photoCreditUrl ?? '',
          photoSourceName: figure.photoSourceName ?? '',
          photoSourceUrl: figure.photoSourceUrl ?? '',
          photoLicense: figure.photoLicense ?? '',
        }}
        photo={photo}
        initial={decodeFormState<FigureFormResult>((await headers()).get(FIGURE_FORM_STATE_HEADER)) ?? kept ?? savedNotice(saved ? `${saved === 'created' ? 'Created.' : 'Saved.'} The public pages show it now.` : undefined)}
      />
      <h2 id="facts">Facts</h2>
      <p>A fact belongs to the figure: a correction shows in every comparison with {figure.name} at once.</p>
      <FactTable figureId={figure.id} rows={facts} />
      <h2>Used in</h2>
      {usage.length ? <p>{describeUsage(usage)}.</p> : <p>No comparison uses {figure.name} yet.</p>}
    </>
  );
}
