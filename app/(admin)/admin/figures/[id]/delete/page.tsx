import Link from 'next/link';
import { ConfirmDeleteForm } from '@/components/admin/confirm-delete-form';
import { deleteFigureAction } from '@/lib/actions/figures';
import { positiveInt } from '@/lib/url-params';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getFigureForEdit, getFigureUsage } from '@/lib/db/admin-figures';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }> };

const byId = adminPageById({ permission: 'content:edit', get: getFigureForEdit, name: (item) => `Delete ${item.name}?`, fallback: 'Delete figure' });

export const generateMetadata = byId.generateMetadata;

export default async function DeleteFigurePage({ params }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/figures/${rawId}/delete` });
  const id = positiveInt(rawId);
  if (!id) return <AdminNotFound what="figure" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const [figure, usage] = await Promise.all([byId.load(actor, rawId), getFigureUsage({ actor, id })]);
  if (!figure) return <AdminNotFound what="figure" back={{ href: '/admin/figures', label: 'All figures' }} />;
  return (
    <>
      <p>
        <Link href={`/admin/figures/${id}`}>← Edit {figure.name}</Link>
      </p>
      <h1>Delete {figure.name}?</h1>
      {usage.length > 0 ? (
        <>
          <p className="form-message form-message-error">
            “{figure.name}” cannot be deleted because it is used in {usage.length === 1 ? 'a comparison' : `${usage.length} comparisons`}. Remove it from{' '}
            {usage.length === 1 ? 'that comparison' : 'those'} first:
          </p>
          <ul>
            {usage.map((c) => (
              <li key={c.id}>
                {c.title} ({c.status.toLowerCase()}), /{c.slug}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            This removes “{figure.name}”, its page at /figures/{figure.slug} and all its facts. Its history stays in the audit log, but the figure cannot be brought back from
            here.
          </p>
          <ConfirmDeleteForm
            action={deleteFigureAction}
            id={figure.id}
            version={figure.version}
            confirmLabel={`Yes, delete “${figure.name}” and its facts`}
            submitLabel="Delete figure"
            cancelHref={`/admin/figures/${figure.id}`}
          />
        </>
      )}
    </>
  );
}
