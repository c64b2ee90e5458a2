import { postFigureForm } from '@/lib/figures/form-post';
import { positiveInt } from '@/lib/url-params';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** Saves a figure from the figure form, photo included (lib/figures/form-post.ts). */
export async function POST(request: Request, { params }: Context) {
  const id = positiveInt((await params).id);
  if (!id) return Response.json({ ok: false, code: 'NOT_FOUND', message: 'There is no such figure.' }, { status: 404 });
  return postFigureForm(request, id);
}
