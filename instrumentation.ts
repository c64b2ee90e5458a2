// Next.js calls register() once when a server process starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Queued email (reader notifications) is sent from every instance when SMTP_URL is set.
  const { startOutboxWorker } = await import('./lib/email/outbox-worker');
  startOutboxWorker();
}
