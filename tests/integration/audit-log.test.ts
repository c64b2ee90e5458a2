import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { listAuditActionNames, listAuditEvents, type AuditEventFilter } from '@/lib/db/audit';
import { db, disconnectDb } from '@/lib/db/client';
import { auditFilterSchema, encodeAuditCursor } from '@/lib/validation/audit';

afterAll(() => disconnectDb());

const admin: Actor = { id: 1, email: 'reader@example.test', name: 'Reader', role: 'ADMIN', mustChangePassword: false, ip: null };

/** Events under an action group of this test's own ("t1a2b3c4.*"), so other files' events never show. */
async function seedEvents(events: { action: string; at: string; actorEmail?: string | null; details?: object }[]) {
  const group = `t${randomUUID().slice(0, 8)}`;
  for (const e of events) {
    await db.auditEvent.create({
      data: { action: `${group}.${e.action}`, createdAt: new Date(e.at), actorEmail: e.actorEmail === undefined ? 'someone@example.test' : e.actorEmail, details: e.details, targetType: 'user', targetId: '7', ip: '203.0.113.9' },
    });
  }
  return group;
}

const actions = (page: { events: { action: string }[] }) => page.events.map((e) => e.action.split('.').slice(1).join('.'));

describe('the audit log', () => {
  it('lists newest first, filtered by action, group, actor and days', async () => {
    const group = await seedEvents([
      { action: 'user.disabled', at: '2021-03-01T10:00:00Z', actorEmail: 'ada@example.test' },
      { action: 'user.enabled', at: '2021-03-02T10:00:00Z', actorEmail: 'bob@example.test' },
      { action: 'login.failed', at: '2021-03-03T23:59:59.999Z', actorEmail: null, details: { email: 'ada@example.test' } },
      { action: 'user.disabled', at: '2021-03-04T00:00:00Z', actorEmail: 'Bob@Example.test' },
    ]);
    const list = (filter: AuditEventFilter) => listAuditEvents({ actor: admin, filter: { action: `${group}.*`, ...filter } });

    expect(actions(await list({}))).toEqual(['user.disabled', 'login.failed', 'user.enabled', 'user.disabled']);
    expect(actions(await list({ action: `${group}.user.disabled` }))).toEqual(['user.disabled', 'user.disabled']);
    expect(actions(await list({ action: `${group}.user.*` }))).toEqual(['user.disabled', 'user.enabled', 'user.disabled']);
    // The actor's email, or part of it, in any case; failed sign-ins count for the email they tried.
    expect(actions(await list({ actor: 'bob@' }))).toEqual(['user.disabled', 'user.enabled']);
    expect(actions(await list({ actor: 'ada@example.test' }))).toEqual(['login.failed', 'user.disabled']);
    // Whole days in UTC, both ends included.
    expect(actions(await list({ from: '2021-03-02', to: '2021-03-03' }))).toEqual(['login.failed', 'user.enabled']);
    expect(actions(await list({ from: '2021-03-04' }))).toEqual(['user.disabled']);
    expect(actions(await list({ to: '2021-03-01' }))).toEqual(['user.disabled']);

    const row = (await list({ action: `${group}.user.enabled` })).events[0];
    expect(row).toMatchObject({ actorEmail: 'bob@example.test', targetType: 'user', targetId: '7', ip: '203.0.113.9', createdAt: new Date('2021-03-02T10:00:00Z') });
    expect(await listAuditActionNames({ actor: admin })).toEqual(expect.arrayContaining([`${group}.user.disabled`, `${group}.login.failed`]));
  });

  it('pages by position, so events recorded while someone reads never shift a page', async () => {
    // Seven events, two of them at the same millisecond: the id breaks the tie.
    const group = await seedEvents(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((action, i) => ({ action, at: `2022-05-01T10:00:0${i === 4 ? 3 : i}Z` })),
    );
    const filter = { action: `${group}.*` };
    const page = (cursor: Partial<AuditEventFilter> = {}) => listAuditEvents({ actor: admin, filter: { ...filter, ...cursor }, take: 3 });

    const first = await page();
    expect(actions(first)).toEqual(['g', 'f', 'e']);
    expect(first.newer).toBeNull();
    const second = await page({ before: first.older! });
    expect(actions(second)).toEqual(['d', 'c', 'b']);

    // Something happens now: the first page changes, older pages do not.
    await db.auditEvent.create({ data: { action: `${group}.new`, createdAt: new Date('2022-05-01T10:00:09Z') } });
    const third = await page({ before: second.older! });
    expect(actions(third)).toEqual(['a']);
    expect(third.older).toBeNull();
    expect(actions(await page({ before: first.older! }))).toEqual(['d', 'c', 'b']);

    // Back towards now: the page just newer than the second, then the newest.
    const back = await page({ after: second.newer! });
    expect(actions(back)).toEqual(['g', 'f', 'e']);
    expect(actions(await page({ after: back.newer! }))).toEqual(['new']);
  });

  it('reads page positions from the URL and refuses malformed ones', () => {
    const cursor = encodeAuditCursor({ createdAt: new Date('2022-05-01T10:00:03.123Z'), id: 12345678901234n });
    expect(auditFilterSchema.parse({ before: cursor, actor: '  Ada@Example.TEST ', from: '', action: 'user.*' })).toEqual({
      before: { createdAt: new Date('2022-05-01T10:00:03.123Z'), id: 12345678901234n },
      actor: 'ada@example.test',
      action: 'user.*',
    });
    expect(auditFilterSchema.safeParse({ before: '1;DROP' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ action: 'user.*.x' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ from: '2022-13-45' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ to: '2026-02-30' }).success).toBe(false);
    // Values PostgreSQL cannot hold are refused here, not by the database with an error page.
    expect(auditFilterSchema.safeParse({ from: '0000-01-01' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ to: '1969-12-31' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ before: '1700000000000-9999999999999999999' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ before: '1700000000000-9223372036854775807' }).success).toBe(true);
    expect(auditFilterSchema.safeParse({ from: '2022-05-02', to: '2022-05-01' }).error?.issues[0]?.path).toEqual(['to']);
  });

  it('is for admins only', async () => {
    await expect(listAuditEvents({ actor: { ...admin, role: 'EDITOR' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAuditActionNames({ actor: { ...admin, role: 'EDITOR' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
