// The figure as shown on a comparison or figure page: name, kind, photo with credit.
import type { FigureKind } from './generated/client';

export type Photo = {
  hash: string;
  width: number;
  height: number;
  alt: string;
  creditName: string | null;
  creditUrl: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  license: string | null;
};

export type FigureSide = {
  id: number;
  slug: string;
  name: string;
  kind: FigureKind;
  description: string;
  photo: Photo | null;
};

type FigureSideRow = {
  id: number;
  slug: string;
  name: string;
  kind: FigureKind;
  description: string;
  photoHash: string | null;
  photoAlt: string | null;
  photoCreditName: string | null;
  photoCreditUrl: string | null;
  photoSourceName: string | null;
  photoSourceUrl: string | null;
  photoLicense: string | null;
  photo: { width: number; height: number } | null;
};

export function toFigureSide(row: FigureSideRow): FigureSide {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description,
    photo:
      row.photoHash && row.photo
        ? {
            hash: row.photoHash,
            width: row.photo.width,
            height: row.photo.height,
            alt: row.photoAlt ?? '',
            creditName: row.photoCreditName,
            creditUrl: row.photoCreditUrl,
            sourceName: row.photoSourceName,
            sourceUrl: row.photoSourceUrl,
            license: row.photoLicense,
          }
        : null,
  };
}
