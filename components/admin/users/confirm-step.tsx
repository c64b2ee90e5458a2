import type { ReactNode } from 'react';
import styles from './users.module.css';

/** The second step of a destructive change: what will happen, then "Yes, ..." or "Cancel". */
export function ConfirmStep({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className={styles.confirm} role="group" aria-labelledby="confirm-heading">
      <h3 id="confirm-heading">{heading}</h3>
      {children}
    </div>
  );
}
