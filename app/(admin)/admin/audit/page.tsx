import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters, type AuditFilterValues } from '@/components/admin/audit/audit-filters';
import { AuditTable } from '@/components/admin/audit/audit-table';
import styles from '@/components/admin/audit/audit.module.css';
import { actionGroups, KNOWN_AUDIT_ACTIONS } from '@/lib/audit/actions';
import { requirePageActor } from '@/lib/auth/session';
import { listAuditActionNames, listAuditEvents, type AuditPage } from '@/lib/db/audit';
import { auditFilterSchema, encodeAuditCursor } from '@/lib/validation/audit';
import { lastValue, type Param } from '@/lib/url-params';
import { z } from 'zod';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, Param>> };

const FILTERS = ['actor', 'action', 'from', 'to'] as const;

/** Known actions plus any found in the log, and the groups ("user.*") that hold more than one. */
function actionOptions(found: string[]) {
  const actions = [...new Set([...KNOWN_AUDIT_ACTIONS, ...found])].sort();
  const counts = new Map<string, number>();
  for (const action of actions) for (const group of actionGroups(action)) counts.set(group, (counts.get(group) ?? 0) + 1);
  const groups = [...counts].filter(([, count]) => count > 1).map(([group]) => group).sort();
  return { actions, groups };
}

function pageHref(filters: AuditFilterValues, cursor: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) query.set(key, filters[key]!);
  for (const [key, value] of Object.entries(cursor)) query.set(key, value);
  const text = query.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor('audit:read', { from: '/admin/audit' });
  const raw = await searchParams;
  const input = Object.fromEntries([...FILTERS, 'before', 'after'].map((key) => [key, lastValue(raw[key])]));
  const values: AuditFilterValues = Object.fromEntries(FILTERS.map((key) => [key, input[key]?.trim() || undefined]));
  const parsed = auditFilterSchema.safeParse(input);
  const [found, page] = await Promise.all([
    listAuditActionNames({ actor }),
    parsed.success ? listAuditEvents({ actor, filter: parsed.data }) : Promise.resolve<AuditPage>({ events: [], newer: null, older: null }),
  ]);
  const errors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const filtered = FILTERS.some((key) => values[key]);
  const paged = parsed.success && (parsed.data.before || parsed.data.after);

  return (
    <>
      <h1>Audit log</h1>
      <p>Sign-ins, account changes and content changes, newest first, with who did them, from where and to what.</p>
      <AuditFilters values={values} actions={actionOptions(found)} errors={errors} />
      {!parsed.success ? (
        <p className="form-message form-message-error" role="status">
          Check the highlighted filters.
        </p>
      ) : page.events.length === 0 ? (
        <p role="status">{filtered ? 'No events match these filters.' : 'Nothing has been recorded yet.'}</p>
      ) : (
        <AuditTable events={page.events} />
      )}
      {page.newer || page.older || paged ? (
        <nav className={styles.pages} aria-label="Pages of the audit log">
          {paged ? <Link href={pageHref(values, {})}>Newest</Link> : null}
          {page.newer ? (
            <Link href={pageHref(values, { after: encodeAuditCursor(page.newer) })} rel="prev">
              ← Newer
            </Link>
          ) : null}
          {page.older ? (
            <Link href={pageHref(values, { before: encodeAuditCursor(page.older) })} rel="next">
              Older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
