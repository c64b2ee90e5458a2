import type { ComparisonCard } from '@/lib/comparisons/view';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { SearchForm } from '@/components/ui/search-form';

type Props = {
  title: string;
  message: string;
  recent: ComparisonCard[];
  /** The page is rendered per request, not cached (see NotFoundStatus). */
  perRequest?: boolean;
};

/** The helpful 404: what happened, a search box, and comparisons to start from. */
export function NotFoundView({ title, message, recent, perRequest = false }: Props) {
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <SearchForm id="not-found-search" label="Search comparisons and figures" />
      {recent.length > 0 ? (
        <section aria-labelledby="not-found-recent">
          <h2 id="not-found-recent">Recent comparisons</h2>
          <ComparisonCards items={recent} />
        </section>
      ) : null}
      <NotFoundStatus perRequest={perRequest} />
    </>
  );
}
