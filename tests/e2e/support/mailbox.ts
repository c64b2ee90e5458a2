// A real SMTP server inside a Playwright test, on the port the e2e server sends to, keeping
// what it receives with the text body decoded (quoted-printable or base64).
import { SMTPServer } from 'smtp-server';
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

export async function startMailbox(): Promise<{ received: Mail[]; close(): Promise<void> }> {
  const port = e2eSmtpPort();
  if (!port) throw new Error('E2E_SMTP_PORT=off: the e2e server sends no email.');
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push(parse(raw, session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
