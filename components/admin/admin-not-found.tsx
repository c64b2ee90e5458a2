import Link from 'next/link';
import { NotFoundStatus } from '@/components/ui/not-found-status';

type Props = {
  /** What the address names, as in "There is no {what} at this address". */
  what: string;
  back: { href: string; label: string };
};

/**
 * An admin page's answer for an id that names nothing (deleted since, or mistyped): a 404 inside
 * the admin layout, with the way back, in the HTML itself. Next 16.4 answers `notFound()` on a
 * page rendered per request with an empty shell that needs JavaScript (vercel/next.js#98295).
 */
export function AdminNotFound({ what, back }: Props) {
  return (
    <>
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1>Not found</h1>
      <p>There is no {what} at this address. It may have been deleted, or the address may be incomplete.</p>
      <NotFoundStatus perRequest />
    </>
  );
}
