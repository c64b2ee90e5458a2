// Images in PostgreSQL, addressed by content hash (see lib/media/images.ts).
import type { ProcessedImage } from '../media/images';
import { db } from './client';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;

/**
 * Stores an image and its variants once. Storing the same bytes again, even concurrently,
 * is a no-op (INSERT ... ON CONFLICT DO NOTHING), so it never aborts a caller's transaction.
 */
export async function createMedia({ image, tx }: { image: ProcessedImage; tx?: Tx }): Promise<string> {
  const client = tx ?? db;
  await client.media.createMany({
    data: [{ hash: image.hash, mimeType: image.mimeType, width: image.width, height: image.height, byteSize: image.byteSize }],
    skipDuplicates: true,
  });
  await client.mediaVariant.createMany({
    data: image.variants.map((v) => ({ mediaHash: image.hash, width: v.width, height: v.height, format: v.format, bytes: new Uint8Array(v.bytes) })),
    skipDuplicates: true,
  });
  return image.hash;
}

export async function getMediaVariant({ hash, width, format }: { hash: string; width: number; format: string }) {
  return db.mediaVariant.findUnique({
    where: { mediaHash_width_format: { mediaHash: hash, width, format } },
    select: { bytes: true, width: true, height: true, format: true },
  });
}
