import 'server-only';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../errors';
import { MAX_PHOTO_BYTES, photoSizeProblem } from '../validation/figures';
import { detectImageType, type PhotoType } from './detect';
import { MAX_INPUT_PIXELS, processImage, type ProcessedImage } from './images';

// What sharp calls each accepted type once it has read the header.
const SHARP_FORMAT: Record<PhotoType, string[]> = {
  'image/jpeg': ['jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['heif', 'avif'],
};

/** WebP's largest side: every stored variant is WebP, and the widest variant keeps the upload's height. */
export const MAX_PHOTO_SIDE = 16_383;

function refuse(message: string): never {
  throw new AppError('VALIDATION', message, { fieldErrors: { photo: [message] } });
}

/**
 * Checks an uploaded photo and turns it into stored variants. The cheap checks come first, so
 * an oversized or hostile file costs little: the size before reading, the type from the first
 * bytes, the dimensions from the header; only then is the image decoded (with a pixel limit),
 * its metadata dropped and WebP variants made.
 */
export async function preparePhoto(file: Blob): Promise<ProcessedImage> {
  const tooBig = photoSizeProblem(file);
  if (tooBig) refuse(tooBig);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length > MAX_PHOTO_BYTES) refuse('The photo is larger than 10 MB; upload a smaller one.');
  if (bytes.length === 0) refuse('The photo file is empty.');
  const type = detectImageType(bytes);
  if (!type) refuse('This file is not a JPEG, PNG, WebP or AVIF image. Upload a photo in one of those formats.');

  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    refuse('We could not read this image; the file may be damaged.');
  }
  if (!SHARP_FORMAT[type].includes(meta.format ?? '')) refuse('This file is not a JPEG, PNG, WebP or AVIF image. Upload a photo in one of those formats.');
  const { width = 0, height = 0 } = meta;
  if (width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE) {
    refuse(`The image is ${width} × ${height} pixels; neither side may be over ${MAX_PHOTO_SIDE.toLocaleString('en')} pixels. Upload a smaller version.`);
  }
  if (width * height > MAX_INPUT_PIXELS) {
    refuse(`The image is ${width} × ${height} pixels; the limit is ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Upload a smaller version.`);
  }

  try {
    return await processImage(bytes, type);
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) refuse(`The image is larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Upload a smaller version.`);
    refuse('We could not read this image; the file may be damaged.');
  }
}
