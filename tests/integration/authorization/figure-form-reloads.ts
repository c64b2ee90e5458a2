// Authorization matrix entries for GET of the figure form's routes (format: ./types.ts). A
// reload after a refused post without JavaScript asks for the route's address; it only
// redirects to the form page, which checks the session itself, so anyone gets the redirect.
import { GET as reloadFigureForm } from '@/app/api/admin/figures/[id]/route';
import { GET as reloadNewFigureForm } from '@/app/api/admin/figures/route';
import type { ActionCase } from './types';

const EVERYONE: ActionCase['allowed'] = ['EDITOR', 'ADMIN'];

export const cases: ActionCase[] = [
  {
    module: '/api/admin/figures',
    action: 'GET',
    allowed: EVERYONE,
    public: true,
    call: async () => reloadNewFigureForm(),
  },
  {
    module: '/api/admin/figures/[id]',
    action: 'GET',
    allowed: EVERYONE,
    public: true,
    call: () => reloadFigureForm(new Request('http://contrast.test/api/admin/figures/7'), { params: Promise.resolve({ id: '7' }) }),
  },
];
