import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { POST } from '@/app/(public)/report/[slug]/submit/route';
import { MAX_BODY_BYTES } from '@/lib/reports/submit';
import { createAttribute, createComparison, createFigure } from '../support/factories';

afterAll(() => disconnectDb());

async function publishedComparison() {
  const attribute = await createAttribute({ label: 'Born' });
  const a = await createFigure({ name: 'Ada', facts: [{ attributeId: attribute.id, value: '1815' }] });
  const b = await createFigure({ name: 'Charles', facts: [{ attributeId: attribute.id, value: '1791' }] });
  return createComparison({ a, b, attributeIds: [attribute.id], sections: [{ heading: 'Lives', body: 'Text.' }] });
}

const post = (slug: string, body: BodyInit, contentType: string) =>
  POST(
    new Request(`http://localhost/report/${slug}/submit`, {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, accept: 'application/json', 'x-forwarded-for': `192.0.2.${randomUUID()}` },
    }),
    { params: Promise.resolve({ slug }) },
  );

/** Bodies the route refuses before, or without, looking the comparison up. */
const REFUSED: [label: string, body: string, contentType: string][] = [
  ['fields the form never sends', 'a=b', 'application/x-www-form-urlencoded'],
  ['a body that is not a form', 'not a form', 'text/plain'],
  ['a body over the limit', `message=${'x'.repeat(MAX_BODY_BYTES)}`, 'application/x-www-form-urlencoded'],
];

describe('POST /report/{slug}/submit to a comparison that is not published', () => {
  it('answers 404 whatever the body', async () => {
    const draft = await publishedComparison();
    await db.comparison.update({ where: { id: draft.id }, data: { status: 'DRAFT' } });
    for (const slug of [`nobody-${randomUUID().slice(0, 8)}`, draft.slug]) {
      for (const [label, body, contentType] of REFUSED) {
        const response = await post(slug, body, contentType);
        expect(response.status, `${slug}: ${label}`).toBe(404);
        expect(await response.json()).toMatchObject({ ok: false, status: 404 });
      }
    }
  });

  it('keeps 400 and 413 for a published comparison', async () => {
    const { slug } = await publishedComparison();
    const statuses = [];
    for (const [, body, contentType] of REFUSED) statuses.push((await post(slug, body, contentType)).status);
    expect(statuses).toEqual([400, 400, 413]);
  });
});
