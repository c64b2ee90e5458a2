import { postFigureForm } from '@/lib/figures/form-post';

export const dynamic = 'force-dynamic';

/** Creates a figure from the figure form, photo included (lib/figures/form-post.ts). */
export async function POST(request: Request) {
  return postFigureForm(request, null);
}

/**
 * Without JavaScript, a refused form leaves this address in the browser's address bar, so a
 * reload asks for it: back to the form. No session is needed; the form page checks it.
 */
export function GET() {
  return new Response(null, { status: 303, headers: { Location: '/admin/figures/new', 'Cache-Control': 'no-store' } });
}
