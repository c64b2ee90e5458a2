import { getMediaVariant } from '@/lib/db/media';
import { AppError, errorResponse } from '@/lib/errors';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ hash: string; file: string }> };

/**
 * Images by content hash, e.g. /api/media/{sha256}/640.webp. The bytes behind a URL never
 * change, so browsers and CDNs may keep them forever, and a revalidation costs no query.
 */
export async function GET(request: Request, { params }: Context) {
  const { hash, file } = await params;
  const match = /^(\d{2,4})\.webp$/.exec(file);
  try {
    if (!/^[0-9a-f]{64}$/.test(hash) || !match) throw new AppError('NOT_FOUND', 'No such image.');
    const etag = `"${hash.slice(0, 32)}-${match[1]}"`;
    if (request.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'public, max-age=31536000, immutable' } });
    }
    const variant = await getMediaVariant({ hash, width: Number(match[1]), format: 'webp' });
    if (!variant) throw new AppError('NOT_FOUND', 'No such image.');
    return new Response(new Uint8Array(variant.bytes), {
      headers: {
        'Content-Type': 'image/webp',
        'Content-Length': String(variant.bytes.length),
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: etag,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
