import type { ActionResult } from '@/lib/actions/result';
import type { RevisionHistoryData } from '@/lib/revisions/history';
import { TableScroll } from '@/components/ui/table-scroll';
import { FieldDiffView } from './field-diff';
import { RestoreRevisionForm } from './restore-revision-form';
import styles from './revision-history.module.css';

export type RestoreAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

type Props = {
  /** "figure", "fact", "comparison": used in sentences. */
  noun: string;
  /** The history page's own path; comparing and restoring add query parameters to it. */
  path: string;
  history: RevisionHistoryData;
  currentVersion: number;
  /** Display names of the snapshot fields, in the order the diff lists them. */
  labels: Record<string, string>;
  /** The action that restores `revisionVersion` as a new version, with hidden fields identifying the item (e.g. `{ id: '12' }`). */
  restore: { action: RestoreAction; fields: Record<string, string> };
  /** From the query string: the version whose restore awaits confirmation, and the one just restored. */
  confirmRestore?: string;
  restored?: string;
};

function formatTime(date: Date): string {
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/**
 * An item's revisions: who saved what when, a word-level diff between any two versions, and
 * restoring an old version as a new one (after a confirmation step that works without JavaScript).
 */
export function RevisionHistory({ noun, path, history, currentVersion, labels, restore, confirmRestore, restored }: Props) {
  const { revisions, comparison } = history;
  const versions = revisions.map((r) => r.version);
  const confirming = Number(confirmRestore);
  const canConfirm = versions.includes(confirming) && confirming !== currentVersion;
  const query = (params: Record<string, number | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
    return `${path}?${search.toString()}`;
  };

  return (
    <div className={styles.history}>
      {restored ? (
        <p className="form-message form-message-ok" role="status">
          Restored. Its content is now version {restored}; every earlier version is still here.
        </p>
      ) : null}

      {canConfirm ? (
        <section className={styles.confirm} aria-labelledby="restore-heading">
          <h2 id="restore-heading">Restore version {confirming}?</h2>
          <p>
            The {noun} gets the content of version {confirming} as a new version {currentVersion + 1}. Version {currentVersion} and every other version stay in the history, and
            the public pages update at once.
          </p>
          <RestoreRevisionForm action={restore.action} fields={{ ...restore.fields, version: String(currentVersion), revisionVersion: String(confirming) }} cancelHref={path} />
        </section>
      ) : null}

      <h2>Versions</h2>
      {revisions.length === 0 ? (
        <p>No revision has been recorded yet: the history starts with the next save.</p>
      ) : (
        <TableScroll label={`Versions of this ${noun}`}>
          <table className="data-table">
            <caption className="visually-hidden">Versions of this {noun}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, i) => {
                const previous = revisions[i + 1];
                return (
                  <tr key={revision.id}>
                    <th scope="row">
                      {revision.version}
                      {revision.version === currentVersion ? ' (current)' : ''}
                    </th>
                    <td>
                      <time dateTime={revision.createdAt.toISOString()}>{formatTime(revision.createdAt)}</time>
                    </td>
                    <td>{revision.author?.name ?? 'Imported content'}</td>
                    <td>{revision.message ?? ''}</td>
                    <td>
                      <div className={styles.rowActions}>
                        {previous ? (
                          <a href={query({ from: previous.version, to: revision.version })}>
                            Changes<span className="visually-hidden"> in version {revision.version}</span>
                          </a>
                        ) : null}
                        {revision.version !== currentVersion ? (
                          <a href={query({ restore: revision.version })}>
                            Restore…<span className="visually-hidden"> version {revision.version}</span>
                          </a>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}

      {comparison ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">
            Changes from version {comparison.from} to version {comparison.to}
          </h2>
          <form method="get" action={path} className="toolbar" aria-label="Compare two versions">
            <VersionSelect id="compare-from" name="from" label="From version" versions={versions} value={comparison.from} />
            <VersionSelect id="compare-to" name="to" label="To version" versions={versions} value={comparison.to} />
            <button type="submit" className="button">
              Compare
            </button>
          </form>
          <p className={styles.legend}>Struck-through words were removed, underlined words added.</p>
          {comparison.diffs.length === 0 ? (
            <p>These two versions have the same content.</p>
          ) : (
            comparison.diffs.map((diff) => <FieldDiffView key={diff.field} diff={diff} label={labels[diff.field] ?? diff.field} />)
          )}
        </section>
      ) : null}
    </div>
  );
}

function VersionSelect({ id, name, label, versions, value }: { id: string; name: string; label: string; versions: number[]; value: number }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={String(value)}>
        {versions.map((v) => (
          <option key={v} value={v}>
            Version {v}
          </option>
        ))}
      </select>
    </div>
  );
}
