import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { createMedia, getMediaVariant } from '@/lib/db/media';
import { processImage } from '@/lib/media/images';

afterAll(() => disconnectDb());

/** A PNG no other test has: random noise, so its hash is new to the shared database. */
async function uniqueImage(width: number, height: number) {
  const input = await sharp(randomBytes(32 * 24 * 3), { raw: { width: 32, height: 24, channels: 3 } })
    .resize(width, height, { kernel: 'nearest' })
    .png()
    .toBuffer();
  return processImage(input, 'image/png');
}

describe('media', () => {
  it('stores an image and its variants once, however often the same bytes are stored', async () => {
    const image = await uniqueImage(2000, 1500);
    expect(await createMedia({ image })).toBe(image.hash);
    expect(await createMedia({ image })).toBe(image.hash);

    expect(await db.media.findMany({ where: { hash: image.hash }, select: { hash: true, width: true, height: true, mimeType: true } })).toEqual([
      { hash: image.hash, width: 1280, height: 960, mimeType: 'image/png' },
    ]);
    const variants = await db.mediaVariant.findMany({ where: { mediaHash: image.hash }, select: { width: true }, orderBy: { width: 'asc' } });
    expect(variants.map((v) => v.width)).toEqual([320, 640, 960, 1280]);
  });

  it('stores the same image sent twice at once a single time', async () => {
    const image = await uniqueImage(700, 500);
    const results = await Promise.allSettled([createMedia({ image }), createMedia({ image })]);
    expect(results).toEqual([
      { status: 'fulfilled', value: image.hash },
      { status: 'fulfilled', value: image.hash },
    ]);
    expect(await db.media.count({ where: { hash: image.hash } })).toBe(1);
  });

  it('serves each variant’s WebP bytes at its width', async () => {
    const image = await uniqueImage(1000, 500);
    await createMedia({ image });

    for (const width of [320, 640, 960, 1000]) {
      const variant = await getMediaVariant({ hash: image.hash, width, format: 'webp' });
      expect(variant).toMatchObject({ width, height: width / 2, format: 'webp' });
      const meta = await sharp(Buffer.from(variant!.bytes)).metadata();
      expect(meta).toMatchObject({ format: 'webp', width, height: width / 2 });
      expect(Buffer.from(variant!.bytes).equals(image.variants.find((v) => v.width === width)!.bytes)).toBe(true);
    }
  });

  it('has no variant at a width it was not made in, or for an unknown hash', async () => {
    const image = await uniqueImage(400, 300);
    await createMedia({ image });
    expect(await getMediaVariant({ hash: image.hash, width: 640, format: 'webp' })).toBeNull();
    expect(await getMediaVariant({ hash: image.hash, width: 400, format: 'jpeg' })).toBeNull();
    expect(await getMediaVariant({ hash: '0'.repeat(64), width: 320, format: 'webp' })).toBeNull();
  });

  it('stores the image inside a caller’s transaction, and not at all when it rolls back', async () => {
    const image = await uniqueImage(500, 500);
    await expect(
      db.$transaction(async (tx) => {
        await createMedia({ image, tx });
        expect(await tx.media.count({ where: { hash: image.hash } })).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.media.count({ where: { hash: image.hash } })).toBe(0);
    expect(await db.mediaVariant.count({ where: { mediaHash: image.hash } })).toBe(0);
  });
});
