import Link from 'next/link';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { logoutAction } from '@/lib/actions/auth';

const LINKS = [
  { href: '/admin', label: 'Dashboard', permission: 'content:edit' },
  { href: '/admin/figures', label: 'Figures', permission: 'content:edit' },
  { href: '/admin/attributes', label: 'Attributes', permission: 'content:edit' },
  { href: '/admin/comparisons', label: 'Comparisons', permission: 'content:edit' },
  { href: '/admin/users', label: 'Users', permission: 'users:manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
] as const;

export function AdminNav({ actor }: { actor: Actor }) {
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
                <Link href={l.href}>{l.label}</Link>
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
