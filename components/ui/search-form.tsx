// A plain GET form: search works with JavaScript turned off.
// `landmark` names the search region, so a page with the header's search and its own tells them apart.
export function SearchForm({ id, defaultValue = '', label = 'Search comparisons', landmark = 'Search' }: { id: string; defaultValue?: string; label?: string; landmark?: string }) {
  return (
    <form className="search-form" role="search" aria-label={landmark} action="/search" method="get">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="Lenin, Paris, coffee…" maxLength={200} autoComplete="off" />
      <button className="button" type="submit">
        Search
      </button>
    </form>
  );
}
