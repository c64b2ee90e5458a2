// A page rendered per request sets its 404 on the response while it renders, through the request
// context (lib/http/response-status.ts, lib/cache/request-clock.mjs).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRequestClock } from '@/lib/cache/request-clock.mjs';
import { answerWithStatus } from '@/lib/http/response-status';

let server: Server;
let base: string;

beforeAll(async () => {
  startRequestClock();
  // Like a streamed page: some asynchronous work, then the status, then the body; with ?late,
  // the first bytes go out before the status is asked for.
  server = createServer(async (request, response) => {
    const late = new URL(request.url ?? '/', 'http://x').searchParams.has('late');
    if (late) response.write('<!doctype html>');
    await sleep(10);
    const set = await Promise.resolve().then(() => answerWithStatus(404));
    response.end(JSON.stringify({ set }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a status set while the page renders', () => {
  it('answers the request whose work set it', async () => {
    const [page, other] = await Promise.all([fetch(`${base}/`), fetch(`${base}/`, { headers: { rsc: '1' } })]);
    expect(page.status).toBe(404);
    expect(await page.json()).toEqual({ set: true });
    // The router's data request keeps its 200: Next's client reloads the page on anything else.
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ set: false });
  });

  it('leaves a response alone once its first bytes are sent, and a server action’s', async () => {
    const late = await fetch(`${base}/?late`);
    expect(late.status).toBe(200);
    expect(await late.text()).toContain('{"set":false}');
    const action = await fetch(`${base}/`, { method: 'POST', headers: { 'next-action': 'abc' } });
    expect(action.status).toBe(200);
  });

  it('does nothing outside a request', () => {
    expect(answerWithStatus(404)).toBe(false);
  });
});
