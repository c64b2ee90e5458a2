// Route handlers that change something. POST /api/revalidate answers to a bearer token, not
// to a session: without the token nobody gets in (401), with it everybody does.
import { POST as revalidate } from '@/app/api/revalidate/route';
import { createFigure } from '../../support/factories';
import type { ActionCase } from './types';

function revalidateRequest(body: object, token?: string): Request {
  return new Request('http://contrast.test/api/revalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

export const cases: ActionCase[] = [
  {
    module: '/api/revalidate',
    action: 'POST',
    allowed: [],
    call: async () => {
      const response = await revalidate(revalidateRequest({ figure: 'lenin' }));
      if (response.status !== 401) throw new Error(`Expected 401 without the token, got ${response.status}.`);
      return response;
    },
  },
  {
    module: '/api/revalidate',
    action: 'POST',
    allowed: ['EDITOR', 'ADMIN'],
    public: true,
    setup: () => createFigure(),
    call: async (figure) => {
      const { slug } = figure as Awaited<ReturnType<typeof createFigure>>;
      const response = await revalidate(revalidateRequest({ figure: slug }, process.env.REVALIDATE_SECRET));
      if (response.status !== 200) throw new Error(`Expected 200 with the token, got ${response.status}: ${await response.text()}`);
      return response;
    },
  },
];
