import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '@/lib/db/client';
import { enqueueMessage, MAX_ATTEMPTS, retryDelayMinutes } from '@/lib/db/outbox';
import { deliverDueMessages } from '@/lib/email/outbox-worker';
import { startSmtpServer } from '../support/smtp';

afterAll(() => disconnectDb());

describe('the outbox', () => {
  it('sends queued messages over SMTP exactly once, even with two senders at once', async () => {
    const smtp = await startSmtpServer();
    try {
      const to = `reader-${randomUUID()}@example.test`;
      await enqueueMessage({ to, subject: 'Your report was accepted', body: 'Follow it at https://contrast.example/reports/abc123' });
      await Promise.all([deliverDueMessages({ smtpUrl: smtp.url }), deliverDueMessages({ smtpUrl: smtp.url })]);
      const mine = smtp.received.filter((m) => m.to.includes(to));
      expect(mine).toHaveLength(1);
      expect(mine[0]!.raw).toContain('Subject: Your report was accepted');
      expect(mine[0]!.raw).toContain('https://contrast.example/reports/abc123');
      expect(await db.outboxMessage.findFirst({ where: { to }, select: { status: true, attempts: true, sentAt: true } })).toMatchObject({ status: 'SENT', attempts: 1, sentAt: expect.any(Date) });
    } finally {
      await smtp.close();
    }
  });

  it('keeps a message that could not be sent and retries it later, with growing delays', async () => {
    const to = `reader-${randomUUID()}@example.test`;
    await enqueueMessage({ to, subject: 'Hello', body: 'Body' });
    // Nothing listens on port 1: the connection is refused.
    await deliverDueMessages({ smtpUrl: 'smtp://127.0.0.1:1' });
    const after = await db.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(after).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.any(String) });
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 120, 120]);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });

  it('sends nothing without SMTP_URL: messages wait in the outbox', async () => {
    const to = `reader-${randomUUID()}@example.test`;
    await enqueueMessage({ to, subject: 'Hello', body: 'Body' });
    expect(await deliverDueMessages({ smtpUrl: undefined })).toBe(0);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { to } })).toMatchObject({ status: 'PENDING', attempts: 0 });
  });
});
