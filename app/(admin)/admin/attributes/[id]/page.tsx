import Link from 'next/link';
import { AttributeForm } from '@/components/admin/attributes/attribute-form';
import { lastValue, type Param } from '@/lib/url-params';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import { savedNotice } from '@/lib/actions/result';
import { getAttributeForEdit } from '@/lib/db/attributes';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: Param; kept?: Param }> };

const byId = adminPageById({ permission: 'content:edit', get: getAttributeForEdit, name: (attribute) => `Edit ${attribute.label}`, fallback: 'Edit attribute' });

export const generateMetadata = byId.generateMetadata;

export default async function EditAttributePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/attributes/${rawId}`, keptField: 'label' });
  const attribute = await byId.load(actor, rawId);
  if (!attribute) return <AdminNotFound what="attribute" back={{ href: '/admin/attributes', label: 'All attributes' }} />;
  const { id } = attribute;
  const query = await searchParams;
  const saved = lastValue(query.saved);
  const kept = await keptFormState({ kept: query.kept, path: `/admin/attributes/${rawId}`, field: 'label', actor });
  return (
    <>
      <p>
        <Link href="/admin/attributes">← All attributes</Link>
      </p>
      <h1>{attribute.label}</h1>
      <p>
        <Link href={`/admin/attributes/${id}/history`}>History (version {attribute.version})</Link>
      </p>
      {/* Keyed by the save that led here (?saved={version}), not by the stored version: a form
          refused for a conflict keeps its state (the typed input and the conflict), also when
          the page comes back without JavaScript. */}
      <AttributeForm
        key={saved ?? ''}
        attribute={attribute}
        initial={kept ?? savedNotice(saved && (saved === 'created' ? 'Created.' : 'Saved. Every page using this attribute shows it now.'))}
      />
    </>
  );
}
