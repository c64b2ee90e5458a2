import Link from 'next/link';
import { DateText } from '@/components/ui/date-text';
import type { ComparisonStatusName } from '@/lib/comparisons/snapshot';
import { StatusBadge } from './status-badge';
import { StatusForm } from './status-form';
import styles from './comparisons.module.css';

export type StatusConfirm = 'unpublish' | 'archive';

type Props = {
  comparison: { id: number; slug: string; status: ComparisonStatusName; version: number; publishedAt: Date | null };
  confirm?: StatusConfirm;
};

const CONFIRM_TEXT: Record<StatusConfirm, { question: string; label: string }> = {
  unpublish: { question: 'Unpublish this comparison? Its page leaves the site at once and it becomes a draft again.', label: 'Yes, unpublish' },
  archive: { question: 'Archive this comparison? It leaves the site and the drafts list; you can move it back to drafts later.', label: 'Yes, archive' },
};

/**
 * Publish, unpublish, archive. Taking a page off the site asks first: the link opens a
 * confirmation here (?confirm=archive), so it works without JavaScript.
 */
export function StatusPanel({ comparison, confirm }: Props) {
  const { id, status, version } = comparison;
  const here = `/admin/comparisons/${id}`;
  return (
    <section className={`${styles.panel} ${confirm ? styles.confirm : ''}`} aria-labelledby="status-heading" id="status">
      <h2 id="status-heading">
        Status: <StatusBadge status={status} />
      </h2>
      <p className={styles.meta}>
        {status === 'PUBLISHED' ? (
          <>
            Live at <Link href={`/${comparison.slug}`}>/{comparison.slug}</Link>
            {comparison.publishedAt ? (
              <>
                , first published <DateText date={comparison.publishedAt} />
              </>
            ) : null}
            .
          </>
        ) : status === 'DRAFT' ? (
          'Only editors can see it. Publishing puts the last saved version online at once: save your changes first.'
        ) : (
          'Archived: not on the site and not among the drafts.'
        )}
      </p>
      {confirm && (confirm !== 'unpublish' || status === 'PUBLISHED') && (confirm !== 'archive' || status !== 'ARCHIVED') ? (
        <div className={styles['panel-actions']}>
          <p id="confirm-question">
            <strong>{CONFIRM_TEXT[confirm].question}</strong>
          </p>
          <StatusForm kind={confirm} id={id} version={version} label={CONFIRM_TEXT[confirm].label} className="button button-danger" />
          <Link href={`${here}#status`}>Cancel</Link>
        </div>
      ) : (
        <div className={styles['panel-actions']}>
          {status !== 'PUBLISHED' ? <StatusForm kind="publish" id={id} version={version} label="Publish" /> : null}
          {status === 'PUBLISHED' ? (
            <Link href={`${here}?confirm=unpublish#status`} className="button button-secondary">
              Unpublish…
            </Link>
          ) : null}
          {status === 'ARCHIVED' ? <StatusForm kind="unpublish" id={id} version={version} label="Move back to drafts" className="button button-secondary" /> : null}
          {status !== 'ARCHIVED' ? (
            <Link href={`${here}?confirm=archive#status`} className="button button-secondary">
              Archive…
            </Link>
          ) : null}
        </div>
      )}
    </section>
  );
}
