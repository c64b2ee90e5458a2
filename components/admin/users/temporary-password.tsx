import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TemporaryPassword } from '@/lib/actions/users';
import styles from './users.module.css';

/** A generated password, shown this once: only its hash is stored. */
export function TemporaryPasswordNotice({ temporaryPassword, children }: { temporaryPassword: TemporaryPassword; children?: ReactNode }) {
  const { userId, name, email, password } = temporaryPassword;
  return (
    <section className={styles.secret} aria-labelledby="temporary-password-heading">
      <h2 id="temporary-password-heading">Temporary password for {name}</h2>
      <div className="field">
        <label htmlFor="temporary-password">Temporary password</label>
        <p className="field-hint" id="temporary-password-hint">
          Shown only this once: copy it now and give it to {name} ({email}) in person or through a channel you trust. They must
          choose their own password when they first sign in.
        </p>
        <input id="temporary-password" type="text" readOnly value={password} aria-describedby="temporary-password-hint" autoComplete="off" spellCheck={false} />
      </div>
      <div className={styles.actions}>
        <Link href={`/admin/users/${userId}`}>Open {name}’s account</Link>
        {children}
      </div>
    </section>
  );
}
