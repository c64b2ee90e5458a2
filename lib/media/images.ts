// Image processing shared by uploads and the demo seed: decode with a pixel limit,
// honour EXIF orientation, drop all metadata, re-encode as WebP in responsive widths.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

export const VARIANT_WIDTHS: readonly number[] = [320, 640, 960, 1280];
export const MAX_INPUT_PIXELS = 40_000_000;

export type ProcessedVariant = { width: number; height: number; format: 'webp'; bytes: Buffer };
export type ProcessedImage = {
  hash: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  variants: ProcessedVariant[];
};

/** Widths served for an image whose largest variant is `width` pixels wide. */
export function variantWidths(width: number): number[] {
  const largest = Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!);
  return [...VARIANT_WIDTHS.filter((w) => w < largest), largest];
}

export function mediaUrl(hash: string, width: number): string {
  return `/api/media/${hash}/${width}.webp`;
}

export function mediaSrcSet(hash: string, width: number): string {
  return variantWidths(width)
    .map((w) => `${mediaUrl(hash, w)} ${w}w`)
    .join(', ');
}

export async function processImage(input: Buffer, mimeType: string): Promise<ProcessedImage> {
  const hash = createHash('sha256').update(input).digest('hex');
  const source = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
  const meta = await source.metadata();
  const orientedWidth = meta.autoOrient?.width ?? meta.width;
  const orientedHeight = meta.autoOrient?.height ?? meta.height;
  if (!orientedWidth || !orientedHeight) throw new Error('The image has no dimensions.');
  const largest = Math.min(orientedWidth, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!);
  const variants: ProcessedVariant[] = [];
  for (const width of variantWidths(largest)) {
    const { data, info } = await source
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    variants.push({ width: info.width, height: info.height, format: 'webp', bytes: data });
  }
  const top = variants[variants.length - 1]!;
  return { hash, mimeType, width: top.width, height: top.height, byteSize: input.length, variants };
}
