// Draft comparisons made directly in the e2e database, between two figures of their own, so a
// test edits something no other spec reads. As an operator's script would: the app's caches
// are not involved because drafts are not public.
import { randomUUID } from 'node:crypto';
import type { TestInfo } from '@playwright/test';
import { connectToE2eDatabase } from './database';

export type Draft = { id: number; slug: string; title: string; nameA: string; nameB: string };

export async function createDraftComparison(testInfo: TestInfo, { summary = 'A draft nobody has published yet.' }: { summary?: string } = {}): Promise<Draft> {
  const client = await connectToE2eDatabase(testInfo);
  try {
    const tag = randomUUID().slice(0, 6);
    const figures = [];
    for (const side of ['Quill', 'Ledger']) {
      const name = `${side} ${tag}`;
      const slug = name.toLowerCase().replace(' ', '-');
      const { rows } = await client.query<{ id: number }>(`INSERT INTO figures (slug, name, kind, description) VALUES ($1, $2, 'THING', $3) RETURNING id`, [slug, name, `A test ${side.toLowerCase()}.`]);
      figures.push({ id: rows[0]!.id, slug, name });
    }
    const [a, b] = figures as [(typeof figures)[number], (typeof figures)[number]];
    const slug = `${a.slug}-vs-${b.slug}`;
    const pairKey = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO comparisons (slug, pair_key, figure_a_id, figure_b_id, summary, status) VALUES ($1, $2, $3, $4, $5, 'DRAFT') RETURNING id`,
      [slug, pairKey, a.id, b.id, summary],
    );
    const id = rows[0]!.id;
    const snapshot = { slug, figureA: a.slug, figureB: b.slug, title: null, summary, introduction: '', conclusion: '', rows: [], sections: [], categories: [], status: 'DRAFT' };
    await client.query(`INSERT INTO revisions (entity_type, entity_id, version, snapshot, message) VALUES ('COMPARISON', $1, 1, $2, 'Created')`, [id, JSON.stringify(snapshot)]);
    return { id, slug, title: `${a.name} vs. ${b.name}`, nameA: a.name, nameB: b.name };
  } finally {
    await client.end();
  }
}
