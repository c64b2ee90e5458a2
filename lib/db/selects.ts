// Shared Prisma `select` shapes for public reads: only what a reader may see.
import type { Prisma } from './generated/client';

export const figurePhotoSelect = {
  photoHash: true,
  photoAlt: true,
  photoCreditName: true,
  photoCreditUrl: true,
  photoSourceName: true,
  photoSourceUrl: true,
  photoLicense: true,
  photo: { select: { width: true, height: true } },
} satisfies Prisma.FigureSelect;

export const factSelect = {
  attributeId: true,
  value: true,
  sourceUrl: true,
  note: true,
  verifiedAt: true,
  updatedAt: true,
} satisfies Prisma.FactSelect;

export const comparisonCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  figureAId: true,
  figureBId: true,
  figureA: { select: { id: true, name: true, slug: true } },
  figureB: { select: { id: true, name: true, slug: true } },
} satisfies Prisma.ComparisonSelect;

export type ComparisonCardRow = Prisma.ComparisonGetPayload<{ select: typeof comparisonCardSelect }>;
