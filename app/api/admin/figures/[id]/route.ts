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

/**
 * Without JavaScript, a refused form leaves this address in the browser's address bar, so a
 * reload asks for it: back to the figure's form. No session is needed; the form page checks it
 * (and answers 404 for a figure that does not exist).
 */
export async function GET(_request: Request, { params }: Context) {
  const id = positiveInt((await params).id);
  if (!id) return Response.json({ error: { code: 'NOT_FOUND', message: 'There is no such figure.' } }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(null, { status: 303, headers: { Location: `/admin/figures/${id}`, 'Cache-Control': 'no-store' } });
}
