import type { Suggestions } from '@/lib/cache/suggested-comparisons';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { SearchForm } from '@/components/ui/search-form';

type Props = {
  title: string;
  message: string;
  suggestions: Suggestions;
  /** The page is rendered per request, not cached (see NotFoundStatus). */
  perRequest?: boolean;
};

/** The helpful 404: what happened, a search box, and comparisons to start from. */
export function NotFoundView({ title, message, suggestions, perRequest = false }: Props) {
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <SearchForm id="not-found-search" label="Search comparisons and figures" />
      {suggestions.items.length > 0 ? (
        <section aria-labelledby="not-found-suggestions">
          <h2 id="not-found-suggestions">{suggestions.heading}</h2>
          <ComparisonCards items={suggestions.items} />
        </section>
      ) : null}
      <NotFoundStatus perRequest={perRequest} />
    </>
  );
}
