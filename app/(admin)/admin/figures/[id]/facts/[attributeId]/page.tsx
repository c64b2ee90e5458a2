import Link from 'next/link';
import { FactForm } from '@/components/admin/figures/fact-form';
import styles from '@/components/admin/figures/figures.module.css';
import { lastValue, type Param } from '@/lib/url-params';
import type { Actor } from '@/lib/auth/actor';
import { adminPageByIds } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import { savedNotice } from '@/lib/actions/result';
import { getFactEditor } from '@/lib/db/facts';
import { AdminNotFound } from '@/components/admin/admin-not-found';

const byIds = adminPageByIds({
  permission: 'content:edit',
  get: ({ actor, ids }: { actor: Actor; ids: Record<'id' | 'attributeId', number> }) => getFactEditor({ actor, figureId: ids.id, attributeId: ids.attributeId }),
  name: ({ attribute, figure }) => `${attribute.label} of ${figure.name}`,
  fallback: 'Edit fact',
});

export const generateMetadata = byIds.generateMetadata;

type Props = { params: Promise<{ id: string; attributeId: string }>; searchParams: Promise<{ saved?: Param; kept?: Param }> };

export default async function FactPage({ params, searchParams }: Props) {
  const { id: rawId, attributeId: rawAttributeId } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/figures/${rawId}/facts/${rawAttributeId}`, keptField: 'value' });
  const editor = await byIds.load(actor, { id: rawId, attributeId: rawAttributeId });
  if (!editor) return <AdminNotFound what="fact" back={{ href: '/admin/figures', label: 'All figures' }} />;
  const { figure, attribute, fact, comparisons } = editor;
  const query = await searchParams;
  const saved = lastValue(query.saved);
  const kept = await keptFormState({ kept: query.kept, path: `/admin/figures/${rawId}/facts/${rawAttributeId}`, field: 'value', actor });
  const count = comparisons.length;
  const usedIn = count === 0 ? 'No published comparison shows this fact yet.' : `Used in ${count} published ${count === 1 ? 'comparison' : 'comparisons'}`;
  const impact = count === 0 ? 'Saving changes the figure’s page only.' : `Saving changes the figure’s page and ${count} published ${count === 1 ? 'comparison' : 'comparisons'} at once.`;

  return (
    <>
      <p>
        <Link href={`/admin/figures/${figure.id}#facts`}>← All facts of {figure.name}</Link>
      </p>
      <h1>
        {attribute.label} of {figure.name}
      </h1>
      {attribute.description ? <p>{attribute.description}</p> : null}
      <div className={styles.notice}>
        <p>
          <strong>{usedIn}</strong>
          {count > 0 ? ':' : ''}
        </p>
        {count > 0 ? (
          <ul>
            {comparisons.map((c) => (
              <li key={c.slug}>
                <Link href={`/${c.slug}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {fact ? (
        <p>
          Version {fact.version}. <Link href={`/admin/figures/${figure.id}/facts/${attribute.id}/history`}>History of this fact</Link>
        </p>
      ) : (
        <p>{figure.name} has no value for {attribute.label} yet.</p>
      )}
      {/* Keyed by the save that led here (?saved={version}), not by the stored version: a form
          refused for a conflict keeps its state (the typed input and the conflict), also when
          the page comes back without JavaScript. */}
      <FactForm
        key={saved ?? ''}
        initial={kept ?? savedNotice(saved && 'Saved. The public pages show the new value now.')}
        attributeLabel={attribute.label}
        impact={impact}
        fact={{
          figureId: figure.id,
          attributeId: attribute.id,
          version: fact?.version ?? 0,
          value: fact?.value ?? '',
          sourceUrl: fact?.sourceUrl ?? '',
          note: fact?.note ?? '',
          verifiedAt: fact?.verifiedAt ?? '',
        }}
      />
    </>
  );
}
