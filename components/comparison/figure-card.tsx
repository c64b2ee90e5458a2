import Link from 'next/link';
import type { FigureSide } from '@/lib/db/figure-side';
import { mediaSrcSet, mediaUrl, variantWidths } from '@/lib/media/images';
import { PhotoCredit } from './photo-credit';

function defaultWidth(width: number): number {
  const widths = variantWidths(width);
  return widths.find((w) => w >= 640) ?? widths[widths.length - 1]!;
}

/** One side of a comparison: photo, credit line and the figure's name linking to its page. */
export function FigurePhoto({ figure, sizes, linkName = true }: { figure: FigureSide; sizes: string; linkName?: boolean }) {
  const { photo } = figure;
  return (
    <figure className="figure-card">
      {photo ? (
        // Our media route already serves sized WebP variants; next/image would re-encode them.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={mediaUrl(photo.hash, defaultWidth(photo.width))}
          srcSet={mediaSrcSet(photo.hash, photo.width)}
          sizes={sizes}
          width={photo.width}
          height={photo.height}
          alt={photo.alt}
          decoding="async"
        />
      ) : (
        // No photo yet: a plain panel of the photo's shape keeps the two sides of a page level.
        <div className="figure-placeholder" aria-hidden="true">
          {Array.from(figure.name)[0]}
        </div>
      )}
      <figcaption>
        <span className="figure-name">{linkName ? <Link href={`/figures/${figure.slug}`}>{figure.name}</Link> : figure.name}</span>
        {photo ? <PhotoCredit photo={photo} /> : null}
      </figcaption>
    </figure>
  );
}
