import Link from 'next/link';
import { StatusBadge } from '@/components/admin/comparisons/status-badge';
import styles from '@/components/admin/comparisons/comparisons.module.css';
import { ComparisonView } from '@/components/comparison/comparison-view';
import { adminPageById } from '@/lib/auth/page-title';
import { requirePageActor } from '@/lib/auth/session';
import { getComparisonPreview } from '@/lib/db/admin-comparisons';
import { AdminNotFound } from '@/components/admin/admin-not-found';

const byId = adminPageById({ permission: 'drafts:preview', get: getComparisonPreview, name: (item) => `Preview of ${item.page.title}`, fallback: 'Preview' });

export const generateMetadata = byId.generateMetadata;

type Props = { params: Promise<{ id: string }> };

/** Admins only: a comparison in any status, rendered by the public page's own view. */
export default async function ComparisonPreviewPage({ params }: Props) {
  const { id: raw } = await params;
  const actor = await requirePageActor('drafts:preview', { from: `/admin/comparisons/${raw}/preview` });
  const preview = await byId.load(actor, raw);
  if (!preview) return <AdminNotFound what="comparison" back={{ href: '/admin/comparisons', label: 'All comparisons' }} />;
  const { page, related } = preview;
  return (
    <>
      <div className={styles['preview-banner']} role="note" aria-label="Preview notice">
        <p>
          <strong>Preview</strong> of <StatusBadge status={page.status} /> “{page.title}”: this is exactly how the page at /{page.slug} will look to readers
          {page.status === 'PUBLISHED' ? ' (it is live now)' : ' once it is published'}.{' '}
          <Link href={`/admin/comparisons/${page.id}`}>Back to editing</Link>
        </p>
      </div>
      <ComparisonView page={page} related={related} />
    </>
  );
}
