import type { Metadata } from 'next';
import { OutboxTable } from '@/components/admin/reports/outbox-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePageActor } from '@/lib/auth/session';
import { positiveInt } from '@/lib/url-params';
import { listOutboxMessages } from '@/lib/db/outbox';

export const metadata: Metadata = { title: 'Outbox' };

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** Messages to readers about their reports: sent over SMTP when configured, readable here either way. */
export default async function OutboxPage({ searchParams }: Props) {
  const actor = await requirePageActor('reports:decide', { from: '/admin/outbox' });
  const requested = positiveInt((await searchParams).page) ?? 1;
  let { items, total } = await listOutboxMessages({ actor, page: requested, pageSize: PAGE_SIZE });
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested, totalPages);
  if (page !== requested) ({ items, total } = await listOutboxMessages({ actor, page, pageSize: PAGE_SIZE }));
  const sending = !!process.env.SMTP_URL;
  return (
    <>
      <h1>Outbox</h1>
      <p>
        Messages to readers who left an email address with a report, newest first.{' '}
        {sending
          ? 'They are sent by email (SMTP) as soon as a report is decided, and retried with growing delays when sending fails.'
          : 'Sending is off (SMTP_URL is not set): messages wait here, where you can read them.'}
      </p>
      <p role="status">{total === 0 ? 'No messages yet.' : `${total} ${total === 1 ? 'message' : 'messages'}.`}</p>
      {items.length > 0 ? <OutboxTable items={items} /> : null}
      <Pagination page={page} totalPages={totalPages} href={(p) => (p > 1 ? `/admin/outbox?page=${p}` : '/admin/outbox')} label="Outbox pages" />
    </>
  );
}
