// A published comparison of two figures of its own, with one table row, for tests that remove
// the row while a reader has the report form open (as an editor's save would). Made directly in
// the e2e database; no other spec reads it. Published with an old date, so it never tops a list
// of recent comparisons another spec looks at.
import { randomUUID } from 'node:crypto';
import type { TestInfo } from '@playwright/test';
import { createDraftComparison, type Draft } from './comparison-drafts';
import { connectToE2eDatabase } from './database';

export type RemovableRow = Draft & { label: string; valueA: string; valueB: string; rowId: number };

export async function createComparisonWithRemovableRow(testInfo: TestInfo): Promise<RemovableRow> {
  const draft = await createDraftComparison(testInfo, { summary: 'A comparison whose one row may be removed at any moment.' });
  const client = await connectToE2eDatabase(testInfo);
  try {
    const tag = randomUUID().slice(0, 6);
    const label = `Ink colour ${tag}`;
    const [valueA, valueB] = ['Blue-black', 'Sepia'];
    const { rows: figures } = await client.query<{ a: number; b: number }>('SELECT figure_a_id AS a, figure_b_id AS b FROM comparisons WHERE id = $1', [draft.id]);
    const { a, b } = figures[0]!;
    const { rows: attributes } = await client.query<{ id: number }>(`INSERT INTO attributes (slug, label) VALUES ($1, $2) RETURNING id`, [`ink-colour-${tag}`, label]);
    const attributeId = attributes[0]!.id;
    await client.query('INSERT INTO facts (figure_id, attribute_id, value) VALUES ($1, $3, $4), ($2, $3, $5)', [a, b, attributeId, valueA, valueB]);
    const { rows: tableRows } = await client.query<{ id: number }>('INSERT INTO comparison_rows (comparison_id, attribute_id, position) VALUES ($1, $2, 0) RETURNING id', [draft.id, attributeId]);
    await client.query(`UPDATE comparisons SET status = 'PUBLISHED', published_at = '2000-01-01T00:00:00Z' WHERE id = $1`, [draft.id]);
    return { ...draft, label, valueA, valueB, rowId: tableRows[0]!.id };
  } finally {
    await client.end();
  }
}

/** Removes a table row from its comparison, as an editor's save that drops it does. */
export async function removeRow(testInfo: TestInfo, rowId: number): Promise<void> {
  const client = await connectToE2eDatabase(testInfo);
  try {
    const { rowCount } = await client.query('DELETE FROM comparison_rows WHERE id = $1', [rowId]);
    if (rowCount !== 1) throw new Error(`Expected to remove row ${rowId}, removed ${rowCount}.`);
  } finally {
    await client.end();
  }
}
