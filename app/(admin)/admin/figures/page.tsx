import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/admin/figures/figures.module.css';
import { DateText } from '@/components/ui/date-text';
import { Pagination } from '@/components/ui/pagination';
import { requirePageActor } from '@/lib/auth/session';
import { positiveInt, textParam } from '@/lib/url-params';
import { isFigureSlugInUse, listAdminFigures } from '@/lib/db/admin-figures';
import { FIGURE_KINDS, FIGURE_KIND_LABELS, type FigureKindValue } from '@/lib/validation/figures';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Figures' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FiguresPage({ searchParams }: Props) {
  const actor = await requirePageActor('content:edit', { from: '/admin/figures' });
  const params = await searchParams;
  const query = textParam(params.q, 120);
  const kindParam = textParam(params.kind);
  const kind = FIGURE_KINDS.includes(kindParam as FigureKindValue) ? (kindParam as FigureKindValue) : undefined;
  const page = positiveInt(params.page) ?? 1;
  // The delete action's notice, from the address: shown only when no figure has that slug, so a
  // link cannot announce the deletion of a figure that is still there.
  const named = textParam(params.deleted);
  const [list, stillThere] = await Promise.all([listAdminFigures({ actor, query, kind, page }), named ? isFigureSlugInUse({ actor, slug: named }) : false]);
  const deleted = stillThere ? '' : named;

  const href = (n: number) => {
    const search = new URLSearchParams();
    if (query) search.set('q', query);
    if (kind) search.set('kind', kind);
    if (n > 1) search.set('page', String(n));
    const text = search.toString();
    return text ? `/admin/figures?${text}` : '/admin/figures';
  };

  return (
    <>
      <h1>Figures</h1>
      {deleted ? (
        <p className="form-message form-message-ok" role="status">
          The figure “{deleted}” was deleted.
        </p>
      ) : null}
      <p>
        <Link href="/admin/figures/new" className="button">
          New figure
        </Link>
      </p>
      <form className="toolbar" role="search" method="get" action="/admin/figures" aria-label="Find figures">
        <div className="field">
          <label htmlFor="figures-q">Name</label>
          <input id="figures-q" type="search" name="q" defaultValue={query} maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor="figures-kind">Kind</label>
          <select id="figures-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">All kinds</option>
            {FIGURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {FIGURE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <p role="status">
        {list.total === 0 ? 'No figures match.' : `${list.total} ${list.total === 1 ? 'figure' : 'figures'}${query || kind ? ' match' : ''}.`}
      </p>
      {list.items.length > 0 ? (
        <TableScroll label="Figures">
          <table className="data-table">
            <caption className="visually-hidden">Figures, page {list.page} of {list.totalPages}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Address</th>
                <th scope="col">Photo</th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((figure) => (
                <tr key={figure.id}>
                  <th scope="row">
                    <a href={`/admin/figures/${figure.id}`}>{figure.name}</a>
                  </th>
                  <td>{FIGURE_KIND_LABELS[figure.kind]}</td>
                  <td>/figures/{figure.slug}</td>
                  <td>{figure.hasPhoto ? 'Yes' : <span className={styles.muted}>None</span>}</td>
                  <td>
                    <DateText date={figure.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination page={list.page} totalPages={list.totalPages} href={href} label="Pages of figures" />
    </>
  );
}
