import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { logoutAction } from '@/lib/actions/auth';
import styles from './admin-nav.module.css';

const LINKS = [
  { href: '/admin', label: 'Dashboard', permission: 'content:edit' },
  { href: '/admin/figures', label: 'Figures', permission: 'content:edit' },
  { href: '/admin/attributes', label: 'Attributes', permission: 'content:edit' },
  { href: '/admin/comparisons', label: 'Comparisons', permission: 'content:edit' },
  { href: '/admin/categories', label: 'Categories', permission: 'content:edit' },
  { href: '/admin/reports', label: 'Reports', permission: 'reports:decide' },
  { href: '/admin/outbox', label: 'Outbox', permission: 'reports:decide' },
  { href: '/admin/users', label: 'Users', permission: 'users:manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
] as const;

/** `openReports`: the badge on Reports (null when the actor cannot decide reports). */
export function AdminNav({ actor, openReports }: { actor: Actor; openReports: number | null }) {
  return (
    <header className="site-header admin-header">
      <div className="container">
        <Link href="/admin" className="brand" aria-label="Contrast admin, dashboard">
          Con<span>trast</span> <small>admin</small>
        </Link>
        <nav className="site-nav" aria-label="Admin">
          <ul>
            {LINKS.filter((l) => can(actor.role, l.permission)).map((l) => (
              <li key={l.href}>
                <Link href={l.href}>
                  {l.href === '/admin/reports' && openReports ? (
                    // One accessible name, "Reports, 3 open"; the badge is only what the eye sees.
                    <>
                      <span aria-hidden="true">
                        {l.label}
                        <span className={styles.badge}>{openReports}</span>
                      </span>
                      <span className="visually-hidden">
                        {l.label}, {openReports} open
                      </span>
                    </>
                  ) : (
                    l.label
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-account">
          <Link href="/admin/account">{actor.name}</Link>
          <form action={logoutAction}>
            <button type="submit" className="button button-small">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
