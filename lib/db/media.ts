// Images in PostgreSQL, addressed by content hash (see lib/media/images.ts).
import type { ProcessedImage } from '../media/images';
import { db } from './client';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

/** Stores an image and its variants once; storing the same bytes again is a no-op. */
export async function createMedia({ image, tx }: { image: ProcessedImage; tx?: Tx }): Promise<string> {
  const client = tx ?? db;
  const existing = await client.media.findUnique({ where: { hash: image.hash }, select: { hash: true } });
  if (existing) return existing.hash;
  await client.media.create({
    data: {
      hash: image.hash,
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      byteSize: image.byteSize,
      variants: {
        create: image.variants.map((v) => ({ width: v.width, height: v.height, format: v.format, bytes: new Uint8Array(v.bytes) })),
      },
    },
  });
  return image.hash;
}

export async function getMediaVariant({ hash, width, format }: { hash: string; width: number; format: string }) {
  return db.mediaVariant.findUnique({
    where: { mediaHash_width_format: { mediaHash: hash, width, format } },
    select: { bytes: true, width: true, height: true, format: true },
  });
}
