import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { claimDueMessages, markFailed, markSent } from '../db/outbox';

// The background step that sends queued email over SMTP (SMTP_URL, e.g.
// smtp://user:pass@mail.example.org:587). Without SMTP_URL nothing is sent and the messages
// stay readable at /admin/outbox. Every app instance may run it; claims never overlap.

const INTERVAL_MS = 15_000;
const FROM = () => process.env.MAIL_FROM || 'Contrast <no-reply@contrast.local>';

type Worker = { timer?: NodeJS.Timeout; running?: Promise<number>; transport?: Transporter; url?: string };
const worker: Worker = ((globalThis as { __contrastOutbox?: Worker }).__contrastOutbox ??= {});

function transport(url: string): Transporter {
  if (worker.url !== url || !worker.transport) {
    worker.transport = nodemailer.createTransport(url);
    worker.url = url;
  }
  return worker.transport;
}

/** Sends what is due now; returns how many were sent. Safe to call concurrently. */
export async function deliverDueMessages({ smtpUrl = process.env.SMTP_URL }: { smtpUrl?: string } = {}): Promise<number> {
  if (!smtpUrl) return 0;
  let sent = 0;
  for (;;) {
    const batch = await claimDueMessages({ limit: 10 });
    if (batch.length === 0) return sent;
    for (const message of batch) {
      try {
        await transport(smtpUrl).sendMail({ from: FROM(), to: message.to, subject: message.subject, text: message.body });
        await markSent({ id: message.id });
        sent++;
      } catch (error) {
        await markFailed({ id: message.id, attempts: message.attempts, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

/** Runs deliverDueMessages now (coalescing overlapping calls), e.g. right after a decision. */
export function kickOutbox(): void {
  if (!process.env.SMTP_URL || worker.running) return;
  worker.running = deliverDueMessages()
    .catch((error) => {
      console.error('[outbox] sending failed:', error instanceof Error ? error.message : error);
      return 0;
    })
    .finally(() => {
      worker.running = undefined;
    });
}

/** Started once per server process (instrumentation.ts). */
export function startOutboxWorker(): void {
  if (!process.env.SMTP_URL || worker.timer) return;
  worker.timer = setInterval(kickOutbox, INTERVAL_MS);
  worker.timer.unref();
  kickOutbox();
}
