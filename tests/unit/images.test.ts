import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_PIXELS, mediaSrcSet, mediaUrl, processImage, variantWidths, VARIANT_WIDTHS } from '@/lib/media/images';

function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } }).png().toBuffer();
}

/** A JPEG that is `width` x `height` as stored, with an EXIF orientation tag and a copyright notice. */
function jpegWithExif(width: number, height: number, orientation: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c04020' } })
    .jpeg()
    .withMetadata({ orientation })
    .withExifMerge({ IFD0: { Copyright: 'Secret Photographer', Artist: 'Someone at 51.5N 0.1W' } })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A tiny file whose PNG header claims `width` x `height` pixels (a decompression bomb's calling card). */
function pngHeaderClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('responsive widths', () => {
  it('serves every standard width below the image and the image’s own width', () => {
    expect(VARIANT_WIDTHS).toEqual([320, 640, 960, 1280]);
    expect(variantWidths(1280)).toEqual([320, 640, 960, 1280]);
    expect(variantWidths(800)).toEqual([320, 640, 800]);
    expect(variantWidths(320)).toEqual([320]);
    expect(variantWidths(100)).toEqual([100]);
  });

  it('caps a width above the largest variant without listing 1280 twice', () => {
    expect(variantWidths(2000)).toEqual([320, 640, 960, 1280]);
    const hash = 'e'.repeat(64);
    expect(mediaSrcSet(hash, 2000).split(', ')).toHaveLength(4);
  });

  it('lists each width once in the srcset, pointing at the media route', () => {
    const hash = 'f'.repeat(64);
    expect(mediaUrl(hash, 640)).toBe(`/api/media/${hash}/640.webp`);
    expect(mediaSrcSet(hash, 800)).toBe(`/api/media/${hash}/320.webp 320w, /api/media/${hash}/640.webp 640w, /api/media/${hash}/800.webp 800w`);
  });
});

describe('processing uploads', () => {
  it('re-encodes a large PNG as WebP in 320, 640, 960 and 1280 pixel widths', async () => {
    const input = await png(2000, 1500);
    const image = await processImage(input, 'image/png');
    expect(image.hash).toBe(createHash('sha256').update(input).digest('hex'));
    expect(image).toMatchObject({ mimeType: 'image/png', width: 1280, height: 960, byteSize: input.length });
    expect(image.variants.map((v) => [v.width, v.height, v.format])).toEqual([
      [320, 240, 'webp'],
      [640, 480, 'webp'],
      [960, 720, 'webp'],
      [1280, 960, 'webp'],
    ]);
    for (const variant of image.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: variant.width, height: variant.height });
    }
  });

  it('never enlarges a small image', async () => {
    const image = await processImage(await png(500, 250), 'image/png');
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 160],
      [500, 250],
    ]);
    expect(image).toMatchObject({ width: 500, height: 250 });
  });

  it('drops EXIF metadata (camera, location, copyright) from every variant', async () => {
    const input = await jpegWithExif(1000, 800, 1);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const image = await processImage(input, 'image/jpeg');
    for (const variant of image.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(variant.bytes.includes(Buffer.from('Secret Photographer'))).toBe(false);
    }
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    // Stored 1000 wide and 600 high; orientation 6 means "rotate 90° clockwise to display".
    const image = await processImage(await jpegWithExif(1000, 600, 6), 'image/jpeg');
    expect(image).toMatchObject({ width: 600, height: 1000 });
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 533],
      [600, 1000],
    ]);
    const meta = await sharp(image.variants[1]!.bytes).metadata();
    expect(meta).toMatchObject({ width: 600, height: 1000 });
    expect(meta.orientation).toBeUndefined();
  });

  it('rejects a file that is not an image', async () => {
    await expect(processImage(Buffer.from('hello, this is plain text\n'), 'text/plain')).rejects.toThrow();
    await expect(processImage(Buffer.alloc(0), 'image/png')).rejects.toThrow();
  });

  it('rejects an image above the pixel limit from its header, without decoding it', async () => {
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 1;
    const bomb = pngHeaderClaiming(side, side);
    expect(bomb.length).toBeLessThan(2000);
    const started = performance.now();
    await expect(processImage(bomb, 'image/png')).rejects.toThrow(/pixel limit/i);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects a real image just above the pixel limit', async () => {
    const input = await sharp({ create: { width: 8000, height: 5001, channels: 3, background: '#000' } }).png().toBuffer();
    expect(8000 * 5001).toBeGreaterThan(MAX_INPUT_PIXELS);
    await expect(processImage(input, 'image/png')).rejects.toThrow(/pixel limit/i);
  }, 20_000);
});
