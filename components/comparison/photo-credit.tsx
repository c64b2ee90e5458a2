import type { Photo } from '@/lib/db/figure-side';

function CreditLink({ href, children }: { href: string | null; children: string }) {
  if (!href) return <>{children}</>;
  const external = /^https?:\/\//i.test(href);
  return (
    <a href={href} rel={external ? 'noopener nofollow' : undefined}>
      {children}
    </a>
  );
}

/** "Photo by N on S", each linked when a link is known, then the license if known (CC BY-SA asks for it). */
export function PhotoCredit({ photo }: { photo: Photo }) {
  if (!photo.creditName && !photo.sourceName) return null;
  return (
    <>
      <span className="credit">
        Photo
        {photo.creditName ? (
          <>
            {' by '}
            <CreditLink href={photo.creditUrl}>{photo.creditName}</CreditLink>
          </>
        ) : null}
        {photo.sourceName ? (
          <>
            {' on '}
            <CreditLink href={photo.sourceUrl}>{photo.sourceName}</CreditLink>
          </>
        ) : null}
      </span>
      {photo.license ? <span className="license">{` (${photo.license})`}</span> : null}
    </>
  );
}
