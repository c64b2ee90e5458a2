import Link from 'next/link';
import styles from './audit.module.css';

export type AuditFilterValues = { actor?: string; action?: string; from?: string; to?: string };

type Props = {
  values: AuditFilterValues;
  /** Options for the action filter: groups ("user.*") and single actions. */
  actions: { groups: string[]; actions: string[] };
  errors: Record<string, string[] | undefined>;
};

function errorProps(id: string, errors: string[] | undefined) {
  return errors?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return errors?.length ? (
    <p className="field-error" id={`${id}-error`}>
      {errors.join(' ')}
    </p>
  ) : null;
}

/** A GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilters({ values, actions, errors }: Props) {
  const knownAction = !values.action || actions.actions.includes(values.action) || actions.groups.includes(values.action);
  return (
    <form method="get" action="/admin/audit" className={styles.filters} role="search" aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-actor">Actor (email)</label>
        <input id="audit-actor" name="actor" type="search" defaultValue={values.actor ?? ''} maxLength={254} autoComplete="off" {...errorProps('audit-actor', errors.actor)} />
        <FieldError id="audit-actor" errors={errors.actor} />
      </div>
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={values.action ?? ''} {...errorProps('audit-action', errors.action)}>
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
        </select>
        <FieldError id="audit-action" errors={errors.action} />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From (UTC)</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ''} {...errorProps('audit-from', errors.from)} />
        <FieldError id="audit-from" errors={errors.from} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To (UTC)</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ''} {...errorProps('audit-to', errors.to)} />
        <FieldError id="audit-to" errors={errors.to} />
      </div>
      <div className={styles.buttons}>
        <button className="button" type="submit">
          Filter
        </button>
        <Link href="/admin/audit">Clear filters</Link>
      </div>
    </form>
  );
}
