// Photo uploads are checked cheaply before anything is decoded: size, type from the bytes,
// dimensions from the header. Each bad file is refused with a message the editor can act on.
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { preparePhoto } from '@/lib/media/upload';

afterAll(() => disconnectDb());

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A real, complete PNG (1-bit grey, all black), 14000 x 14000 unless given: 196 megapixels in a few KB. */
function hugePng(side = 14_000, height = side): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  const rowBytes = 1 + Math.ceil(side / 8); // filter byte + pixels
  const pixels = deflateSync(Buffer.alloc(rowBytes * height), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

async function refusal(file: File): Promise<AppError> {
  const error = await preparePhoto(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe('VALIDATION');
  expect(appError.details?.fieldErrors).toEqual({ photo: [appError.message] });
  return appError;
}

describe('photo uploads', () => {
  it('accepts a real PNG and re-encodes it as WebP variants without its metadata', async () => {
    const input = await sharp(randomBytes(40 * 30 * 3), { raw: { width: 40, height: 30, channels: 3 } })
      .resize(800, 600, { kernel: 'nearest' })
      .png()
      .withExifMerge({ IFD0: { Artist: 'Someone at 51.5N 0.1W' } })
      .toBuffer();
    const image = await preparePhoto(new File([new Uint8Array(input)], 'portrait.png', { type: 'image/png' }));
    expect(image).toMatchObject({ mimeType: 'image/png', width: 800, height: 600 });
    expect(image.variants.map((v) => v.width)).toEqual([320, 640, 800]);
    for (const variant of image.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
    }
  });

  it('detects the type from the bytes, whatever the name and MIME type say', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#804020' } }).jpeg().toBuffer();
    const image = await preparePhoto(new File([new Uint8Array(jpeg)], 'photo.png', { type: 'text/plain' }));
    expect(image.mimeType).toBe('image/jpeg');
  });

  it('refuses a text file named .jpg', async () => {
    const error = await refusal(new File(['Dear editor, this is not a photo.\n'], 'photo.jpg', { type: 'image/jpeg' }));
    expect(error.message).toBe('This file is not a JPEG, PNG, WebP or AVIF image. Upload a photo in one of those formats.');
  });

  it('refuses an SVG with a script, even one claiming to be a PNG', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>';
    for (const [name, type] of [
      ['drawing.svg', 'image/svg+xml'],
      ['drawing.png', 'image/png'],
    ]) {
      const error = await refusal(new File([svg], name!, { type }));
      expect(error.message).toMatch(/not a JPEG, PNG, WebP or AVIF image/);
    }
  });

  it('refuses a 12 MB file by its size, before reading it', async () => {
    // Starts like a PNG, so only the size check can refuse it.
    const bytes = Buffer.alloc(12 * 1024 * 1024);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    const file = new File([bytes], 'huge.png', { type: 'image/png' });
    let read = false;
    const original = file.arrayBuffer.bind(file);
    file.arrayBuffer = () => {
      read = true;
      return original();
    };
    const error = await refusal(file);
    expect(error.message).toBe('The photo is 12.0 MB; upload one of at most 10 MB.');
    expect(read).toBe(false);
  });

  it('refuses a 14000 x 14000 PNG by its header, quickly and without decoding it', async () => {
    const png = hugePng();
    expect(png.length).toBeLessThan(100_000);
    const meta = await sharp(png, { limitInputPixels: false }).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 14_000, height: 14_000 });

    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await refusal(new File([new Uint8Array(png)], 'huge.png', { type: 'image/png' }));
    const elapsed = performance.now() - started;
    expect(error.message).toBe('The image is 14000 × 14000 pixels; the limit is 40 megapixels. Upload a smaller version.');
    expect(elapsed).toBeLessThan(1000);
    // Decoding it would take at least 196 MB (one byte per pixel); the check takes almost nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an image with a side longer than WebP allows, and takes one at the limit', async () => {
    const tall = await refusal(new File([new Uint8Array(hugePng(1, 20_000))], 'tall.png', { type: 'image/png' }));
    expect(tall.message).toBe('The image is 1 × 20000 pixels; neither side may be over 16,383 pixels. Upload a smaller version.');
    const wide = await refusal(new File([new Uint8Array(hugePng(16_384, 2))], 'wide.png', { type: 'image/png' }));
    expect(wide.message).toMatch(/^The image is 16384 × 2 pixels; neither side/);
    const atLimit = await preparePhoto(new File([new Uint8Array(hugePng(2, 16_383))], 'strip.png', { type: 'image/png' }));
    expect(atLimit).toMatchObject({ width: 2, height: 16_383 });
  });

  it('refuses an empty file and a truncated image', async () => {
    expect((await refusal(new File([], 'empty.jpg', { type: 'image/jpeg' }))).message).toMatch(/empty|not a JPEG/);
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#123456' } }).png().toBuffer();
    const error = await refusal(new File([new Uint8Array(png.subarray(0, 60))], 'cut.png', { type: 'image/png' }));
    expect(error.message).toBe('We could not read this image; the file may be damaged.');
  });
});
