import Link from 'next/link';

/** Previous/next links with the current page; `href(n)` builds each page's URL. */
export function Pagination({ page, totalPages, href, label }: { page: number; totalPages: number; href: (page: number) => string; label: string }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
