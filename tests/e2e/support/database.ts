// Direct access to the database behind the e2e server, for tests that change data outside the
// app (as an operator's script or manual SQL fix would). scripts/e2e-server.ts writes its URL.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import pg from 'pg';

export async function connectToE2eDatabase(testInfo: TestInfo): Promise<pg.Client> {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd();
  const url = readFileSync(join(root, 'test-results', 'e2e-database-url'), 'utf8').trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export type FactRef = { figure: string; attribute: string };

export async function readFact(client: pg.Client, { figure, attribute }: FactRef): Promise<string> {
  const { rows } = await client.query<{ value: string }>(
    `SELECT f.value FROM facts f
       JOIN figures fi ON fi.id = f.figure_id
       JOIN attributes a ON a.id = f.attribute_id
      WHERE fi.slug = $1 AND a.slug = $2`,
    [figure, attribute],
  );
  if (rows.length !== 1) throw new Error(`Expected one ${attribute} fact for ${figure}, found ${rows.length}.`);
  return rows[0]!.value;
}

export async function writeFact(client: pg.Client, { figure, attribute }: FactRef, value: string): Promise<void> {
  const { rowCount } = await client.query(
    `UPDATE facts SET value = $3
      WHERE figure_id = (SELECT id FROM figures WHERE slug = $1)
        AND attribute_id = (SELECT id FROM attributes WHERE slug = $2)`,
    [figure, attribute, value],
  );
  if (rowCount !== 1) throw new Error(`Expected to update one ${attribute} fact for ${figure}, updated ${rowCount}.`);
}

export async function readFigureName(client: pg.Client, slug: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>('SELECT name FROM figures WHERE slug = $1', [slug]);
  if (rows.length !== 1) throw new Error(`Expected one figure ${slug}, found ${rows.length}.`);
  return rows[0]!.name;
}

export async function writeFigureName(client: pg.Client, slug: string, name: string): Promise<void> {
  const { rowCount } = await client.query('UPDATE figures SET name = $2 WHERE slug = $1', [slug, name]);
  if (rowCount !== 1) throw new Error(`Expected to update one figure ${slug}, updated ${rowCount}.`);
}
