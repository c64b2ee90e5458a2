import { STATUS_LABELS, type ComparisonStatusName } from '@/lib/comparisons/snapshot';
import styles from './comparisons.module.css';

export function StatusBadge({ status }: { status: ComparisonStatusName }) {
  return <span className={`${styles.status} ${styles[`status-${status}`]}`}>{STATUS_LABELS[status]}</span>;
}
