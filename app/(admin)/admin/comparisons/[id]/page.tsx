import Link from 'next/link';
import { ComparisonEditor } from '@/components/admin/comparisons/comparison-editor';
import { ComparisonLinks } from '@/components/admin/comparisons/comparison-links';
import { StatusPanel, type StatusConfirm } from '@/components/admin/comparisons/status-panel';
import { can } from '@/lib/auth/permissions';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { keptFormState } from '@/lib/kept-forms';
import { textParam } from '@/lib/url-params';
import { getComparisonForEdit } from '@/lib/db/admin-comparisons';
import { AdminNotFound } from '@/components/admin/admin-not-found';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const byId = adminPageById({ permission: 'content:edit', get: getComparisonForEdit, name: (comparison) => `Edit ${comparison.displayTitle}`, fallback: 'Edit comparison' });

export const generateMetadata = byId.generateMetadata;

function notice(done: string, c: { version: number; slug: string }): string | undefined {
  switch (done) {
    case 'created':
      return 'Created as a draft. Add table rows and write the article, then publish.';
    case 'saved':
      return `Saved as version ${c.version}.`;
    case 'published':
      return `Published: the page is live at /${c.slug}.`;
    case 'unpublished':
      return 'Moved to drafts: the page is no longer on the site.';
    case 'archived':
      return 'Archived: the page is no longer on the site.';
    default:
      return undefined;
  }
}

export default async function EditComparisonPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const actor = await requirePageActor('content:edit', { from: `/admin/comparisons/${raw}`, keptField: 'summary' });
  const comparison = await byId.load(actor, raw);
  if (!comparison) return <AdminNotFound what="comparison" back={{ href: '/admin/comparisons', label: 'All comparisons' }} />;
  const query = await searchParams;
  const confirm = textParam(query.confirm);
  const done = notice(textParam(query.done), comparison);
  const kept = await keptFormState({ kept: query.kept, path: `/admin/comparisons/${raw}`, field: 'summary', actor });
  return (
    <>
      <p>
        <Link href="/admin/comparisons">← All comparisons</Link>
      </p>
      <h1>{comparison.displayTitle}</h1>
      <p>
        {comparison.figureA.name} (left) and {comparison.figureB.name} (right) · /{comparison.slug} · version {comparison.version}
      </p>
      {done ? (
        <p className="form-message form-message-ok" role="status">
          {done}
        </p>
      ) : null}
      <ComparisonLinks id={comparison.id} slug={comparison.slug} status={comparison.status} canPreview={can(actor.role, 'drafts:preview')} current="edit" />
      <StatusPanel comparison={comparison} confirm={confirm === 'archive' || confirm === 'unpublish' ? (confirm as StatusConfirm) : undefined} />
      <h2>Content</h2>
      {/* Keyed by the change that led here (?done=saved&version=N, ?done=published…), not by the
          stored version: a save refused for a conflict keeps the editor's state (the typed input
          and the conflict), also when the page comes back without JavaScript. */}
      <ComparisonEditor key={`${textParam(query.done)}:${textParam(query.version)}`} comparison={comparison} kept={kept} />
    </>
  );
}
