// A plain GET form: search works with JavaScript turned off.
export function SearchForm({ id, defaultValue = '', label = 'Search comparisons' }: { id: string; defaultValue?: string; label?: string }) {
  return (
    <form className="search-form" role="search" action="/search" method="get">
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
