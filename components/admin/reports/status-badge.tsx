import styles from './reports.module.css';

export const REPORT_STATUS_LABELS = { OPEN: 'Open', ACCEPTED: 'Accepted', REJECTED: 'Rejected', DUPLICATE: 'Duplicate', SPAM: 'Spam' } as const;

export type ReportStatusName = keyof typeof REPORT_STATUS_LABELS;

export function ReportStatusBadge({ status }: { status: ReportStatusName }) {
  return <span className={`${styles.status} ${styles[`status-${status}`]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}

/** "3 readers reported this" (nothing for one reader). */
export function ReadersCount({ readers }: { readers: number }) {
  return readers > 1 ? <span className={styles.readers}>{readers} readers reported this</span> : null;
}
