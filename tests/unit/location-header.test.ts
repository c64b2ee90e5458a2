// A redirect rendered for the first time must carry one Location header, not the same one twice
// (lib/http/location-header.ts).
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepOneLocationHeader } from '@/lib/http/location-header';
import { startTestServer, type TestServer } from '@/tests/support/test-server';

let server: TestServer;

beforeAll(async () => {
  keepOneLocationHeader();
  keepOneLocationHeader(); // twice: installed once
  // What Next 16.4 does on the first render of a redirecting page: set the header, then append
  // the cached copy's headers.
  server = await startTestServer((req, res) => {
    const second = new URL(req.url ?? '/', 'http://x').searchParams.get('second') ?? '/lenin-vs-stalin';
    res.statusCode = 308;
    res.setHeader('location', '/lenin-vs-stalin');
    res.appendHeader('Location', second);
    res.appendHeader('vary', 'rsc');
    res.appendHeader('vary', 'accept-encoding');
    res.end();
  });
});

afterAll(() => server.close());

/** The raw header lines of a response (fetch would join repeated headers). */
function rawHeaders(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port: server.port, path }, (res) => {
      res.resume();
      const pairs: string[] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push(`${res.rawHeaders[i]!.toLowerCase()}: ${res.rawHeaders[i + 1]}`);
      resolve(pairs);
    }).on('error', reject).end();
  });
}

describe('the Location header of a response', () => {
  it('is sent once when the same address is appended again', async () => {
    const headers = await rawHeaders('/stalin-vs-lenin');
    expect(headers.filter((h) => h.startsWith('location:'))).toEqual(['location: /lenin-vs-stalin']);
  });

  it('is left as appended when the addresses differ, and other repeated headers are untouched', async () => {
    const headers = await rawHeaders('/?second=/elsewhere');
    expect(headers.filter((h) => h.startsWith('location:'))).toEqual(['location: /lenin-vs-stalin', 'location: /elsewhere']);
    expect(headers.filter((h) => h.startsWith('vary:'))).toEqual(['vary: rsc', 'vary: accept-encoding']);
  });
});
