// Where the e2e server sends email: an SMTP server that a spec starts while it needs one
// (support/mailbox.ts). The port follows the app's port, so e2e runs of several checkouts on
// one machine do not meet; E2E_SMTP_PORT sets it, E2E_SMTP_PORT=off sends nothing.
export function e2eSmtpPort(): number | null {
  const raw = process.env.E2E_SMTP_PORT?.trim();
  if (raw === 'off') return null;
  return raw ? Number(raw) : Number(process.env.E2E_PORT ?? 3005) + 20_000;
}
