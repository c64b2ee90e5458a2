import Link from 'next/link';

/**
 * Previous/next links with the current page; `href(n)` builds each page's URL. `prefetch={false}`
 * for pages rendered per address asked (search results), which a prefetch would render unasked.
 */
export function Pagination({ page, totalPages, href, label, prefetch }: { page: number; totalPages: number; href: (page: number) => string; label: string; prefetch?: false }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" prefetch={prefetch}>
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" prefetch={prefetch}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
