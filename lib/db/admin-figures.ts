import 'server-only';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/permissions';
import { comparisonTitle } from '../comparisons/view';
import { db } from './client';
import type { ComparisonStatus, FigureKind, Prisma } from './generated/client';

// Figures as the admin area reads them. Writes are in figure-saves.ts.

/** The fields a figure revision records, and a restore puts back. */
export const figureSnapshotSelect = {
  name: true,
  slug: true,
  kind: true,
  description: true,
  photoHash: true,
  photoAlt: true,
  photoCreditName: true,
  photoCreditUrl: true,
  photoSourceName: true,
  photoSourceUrl: true,
  photoLicense: true,
} satisfies Prisma.FigureSelect;

export type FigureSnapshot = Prisma.FigureGetPayload<{ select: typeof figureSnapshotSelect }>;
export const FIGURE_SNAPSHOT_FIELDS = Object.keys(figureSnapshotSelect) as (keyof FigureSnapshot)[];

export type AdminFigureListItem = { id: number; name: string; slug: string; kind: FigureKind; hasPhoto: boolean; updatedAt: Date };
export type AdminFigureList = { items: AdminFigureListItem[]; total: number; page: number; totalPages: number };

/** Figures by name (then id, so pages never overlap or skip), optionally searched and filtered by kind. */
export async function listAdminFigures({
  actor,
  query = '',
  kind,
  page = 1,
  pageSize = 25,
}: {
  actor: Actor;
  query?: string;
  kind?: FigureKind;
  page?: number;
  pageSize?: number;
}): Promise<AdminFigureList> {
  assertCan(actor, 'content:edit');
  const text = query.trim();
  const where: Prisma.FigureWhereInput = {
    ...(text ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { slug: { contains: text.toLowerCase() } }] } : {}),
    ...(kind ? { kind } : {}),
  };
  const [rows, total] = await Promise.all([
    db.figure.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, slug: true, kind: true, photoHash: true, updatedAt: true },
    }),
    db.figure.count({ where }),
  ]);
  return {
    items: rows.map(({ photoHash, ...row }) => ({ ...row, hasPhoto: photoHash !== null })),
    total,
    page: Math.max(1, page),
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** Whether a figure has this slug now: a "was deleted" notice names only a slug no figure has. */
export async function isFigureSlugInUse({ actor, slug }: { actor: Actor; slug: string }): Promise<boolean> {
  assertCan(actor, 'content:edit');
  return (await db.figure.count({ where: { slug } })) > 0;
}

export type FigureForEdit = FigureSnapshot & { id: number; version: number; updatedAt: Date; photo: { width: number; height: number } | null };

export async function getFigureForEdit({ actor, id }: { actor: Actor; id: number }): Promise<FigureForEdit | null> {
  assertCan(actor, 'content:edit');
  return db.figure.findUnique({
    where: { id },
    select: { id: true, version: true, updatedAt: true, ...figureSnapshotSelect, photo: { select: { width: true, height: true } } },
  });
}

export type FigureUsage = { id: number; slug: string; title: string; status: ComparisonStatus }[];

/** The comparisons a figure appears in, on either side. */
export async function getFigureUsage({ actor, id }: { actor: Actor; id: number }): Promise<FigureUsage> {
  assertCan(actor, 'content:edit');
  const rows = await db.comparison.findMany({
    where: { OR: [{ figureAId: id }, { figureBId: id }] },
    orderBy: [{ slug: 'asc' }],
    select: { id: true, slug: true, title: true, status: true, figureA: { select: { name: true } }, figureB: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, status: r.status, title: comparisonTitle(r) }));
}

/** "Lenin vs. Stalin (published), …" for messages. */
export function describeUsage(usage: FigureUsage): string {
  return usage.map((c) => `${c.title} (${c.status.toLowerCase()})`).join(', ');
}
