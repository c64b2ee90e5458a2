// Readers and editors for the reports specs: readers with addresses of their own (the e2e
// server trusts one proxy hop), signed-in editors, reports sent as a browser without
// JavaScript would send them, and lookups in the e2e database.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { connectToE2eDatabase } from './database';
import { signIn } from './login';

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}, ${randomUUID()}`;

export async function reader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  return browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': address() } });
}

export async function editorPage(browser: Browser, account: { email: string; password: string }, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, account);
  return page;
}

/** Sends a report as a browser without JavaScript would (form page, then a plain post); returns its token. */
export async function sendReport(request: APIRequestContext, path: string, fields: Record<string, string>): Promise<string> {
  const ip = address();
  const formPage = await request.get(path, { headers: { 'x-forwarded-for': ip } });
  const formToken = /name="formToken" value="([^"]+)"/.exec(await formPage.text())![1]!;
  // A person takes a few seconds; faster submissions are refused as bots.
  await new Promise((resolve) => setTimeout(resolve, 3100));
  const slug = new URL(path, 'http://x').pathname.split('/')[2]!;
  const query = new URL(path, 'http://x').searchParams;
  const response = await request.post(`/report/${slug}/submit`, {
    headers: { 'x-forwarded-for': ip },
    form: { formToken, rowId: query.get('row') ?? '', side: query.get('side') ?? '', ...fields },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBe(303);
  return /\/reports\/([A-Za-z0-9_-]+)/.exec(response.headers().location!)![1]!;
}

export async function withDatabase<T>(testInfo: TestInfo, run: (query: <R>(sql: string, params: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
  const client = await connectToE2eDatabase(testInfo);
  try {
    return await run(async <R,>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as R[]);
  } finally {
    await client.end();
  }
}

export async function reportId(testInfo: TestInfo, token: string): Promise<number> {
  return withDatabase(testInfo, async (query) => (await query<{ id: number }>('SELECT id FROM reports WHERE token = $1', [token]))[0]!.id);
}

export async function rowId(testInfo: TestInfo, slug: string, label: string): Promise<number> {
  return withDatabase(
    testInfo,
    async (query) =>
      (
        await query<{ id: number }>(
          'SELECT r.id FROM comparison_rows r JOIN comparisons c ON c.id = r.comparison_id JOIN attributes a ON a.id = r.attribute_id WHERE c.slug = $1 AND a.label = $2',
          [slug, label],
        )
      )[0]!.id,
  );
}
