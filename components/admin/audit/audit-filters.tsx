import Link from 'next/link';
import { Field, SelectField } from '@/components/ui/field';
import styles from './audit.module.css';

export type AuditFilterValues = { actor?: string; action?: string; from?: string; to?: string };

type Props = {
  values: AuditFilterValues;
  /** Options for the action filter: groups ("user.*") and single actions. */
  actions: { groups: string[]; actions: string[] };
  errors: Record<string, string[] | undefined>;
};

/** A GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilters({ values, actions, errors }: Props) {
  const knownAction = !values.action || actions.actions.includes(values.action) || actions.groups.includes(values.action);
  return (
    <form method="get" action="/admin/audit" className={styles.filters} role="search" aria-label="Filter the audit log">
      <Field id="audit-actor" label="Actor (email)" name="actor" type="search" defaultValue={values.actor ?? ''} maxLength={254} autoComplete="off" errors={errors.actor} />
      <SelectField id="audit-action" label="Action" name="action" defaultValue={values.action ?? ''} errors={errors.action}>
        <option value="">Any action</option>
        {knownAction ? null : <option value={values.action}>{values.action}</option>}
        <optgroup label="Groups">
          {actions.groups.map((group) => (
            <option key={group} value={group}>
              {group} (all)
            </option>
          ))}
        </optgroup>
        <optgroup label="Actions">
          {actions.actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <Field id="audit-from" label="From (UTC)" name="from" type="date" defaultValue={values.from ?? ''} errors={errors.from} />
      <Field id="audit-to" label="To (UTC)" name="to" type="date" defaultValue={values.to ?? ''} errors={errors.to} />
      <div className={styles.buttons}>
        <button className="button" type="submit">
          Filter
        </button>
        <Link href="/admin/audit">Clear filters</Link>
      </div>
    </form>
  );
}
