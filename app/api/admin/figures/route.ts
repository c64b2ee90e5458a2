import { postFigureForm } from '@/lib/figures/form-post';

export const dynamic = 'force-dynamic';

/** Creates a figure from the figure form, photo included (lib/figures/form-post.ts). */
export async function POST(request: Request) {
  return postFigureForm(request, null);
}
