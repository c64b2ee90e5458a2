import Link from 'next/link';
import type { ComparisonStatusName } from '@/lib/comparisons/snapshot';
import styles from './comparisons.module.css';

type Props = { id: number; slug: string; status: ComparisonStatusName; canPreview: boolean; current: 'edit' | 'history' | 'preview' };

/** The pages of one comparison in the admin area, and its public page once published. */
export function ComparisonLinks({ id, slug, status, canPreview, current }: Props) {
  const links = [
    { key: 'edit', href: `/admin/comparisons/${id}`, label: 'Edit' },
    { key: 'history', href: `/admin/comparisons/${id}/history`, label: 'History' },
    ...(canPreview ? [{ key: 'preview', href: `/admin/comparisons/${id}/preview`, label: 'Preview' }] : []),
    ...(status === 'PUBLISHED' ? [{ key: 'public', href: `/${slug}`, label: 'View on the site' }] : []),
  ];
  return (
    <nav aria-label="This comparison">
      <ul className={styles.links}>
        {links.map((l) => (
          <li key={l.key}>
            <Link href={l.href} aria-current={l.key === current ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
