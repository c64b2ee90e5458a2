// A real SMTP server inside a Playwright test (tests/support/smtp.ts), on the port the e2e
// server sends to, giving what it receives with the text body decoded (quoted-printable or base64).
import { startSmtpServer } from '../../support/smtp';
import { e2eSmtpPort } from './smtp-port';

export type Mail = { to: string[]; subject: string; text: string };

function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function parse(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  return { to, subject, text: decodeBody(headers, raw.slice(split + 4)) };
}

export async function startMailbox(): Promise<{ readonly received: Mail[]; close(): Promise<void> }> {
  const port = e2eSmtpPort();
  if (!port) throw new Error('E2E_SMTP_PORT=off: the e2e server sends no email.');
  const smtp = await startSmtpServer({ port });
  return {
    get received() {
      return smtp.received.map((mail) => parse(mail.raw, mail.to));
    },
    close: smtp.close,
  };
}
