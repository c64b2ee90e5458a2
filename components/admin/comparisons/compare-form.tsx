import styles from './comparisons.module.css';

type Props = { action: string; versions: number[]; from: number; to: number };

/** Choose any two revisions to compare: a GET form, so each comparison has a URL. */
export function CompareForm({ action, versions, from, to }: Props) {
  const options = versions.map((v) => (
    <option key={v} value={v}>
      Version {v}
    </option>
  ));
  return (
    <form method="get" action={action} className={styles['compare-form']} aria-label="Compare revisions">
      <div className="field">
        <label htmlFor="compare-from">From</label>
        <select id="compare-from" name="from" defaultValue={from}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-to">To</label>
        <select id="compare-to" name="to" defaultValue={to}>
          {options}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        Compare
      </button>
    </form>
  );
}
