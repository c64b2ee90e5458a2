import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getOrCreateSecret } from '../db/settings';

// The report form carries when it was shown, signed, so the server can refuse submissions
// made faster than a person could type (bots) without trusting the browser's clock.

let secret: Promise<string> | undefined;
const key = () => (secret ??= getOrCreateSecret({ key: 'report_form_secret' }));

function sign(value: string, k: string): string {
  return createHmac('sha256', k).update(value).digest('base64url');
}

export async function issueFormToken(now = Date.now()): Promise<string> {
  const issued = String(now);
  return `${issued}.${sign(issued, await key())}`;
}

/** Milliseconds since the form was shown, or null when the token is missing or forged. */
export async function formAge(token: string | null | undefined, now = Date.now()): Promise<number | null> {
  const [issued, signature] = (token ?? '').split('.');
  if (!issued || !signature || !/^\d+$/.test(issued)) return null;
  const expected = Buffer.from(sign(issued, await key()));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return now - Number(issued);
}

/**
 * The token for the form a refused submission gets back: the one sent, while it is genuine and
 * no older than maxAgeMs, so the time the reader has already spent still counts (a reader who
 * fixes a field and sends again at once is not taken for a bot); otherwise a new one.
 */
export async function renewFormToken(token: string | null | undefined, maxAgeMs: number, now = Date.now()): Promise<string> {
  const age = await formAge(token, now);
  return age !== null && age >= 0 && age <= maxAgeMs ? token! : issueFormToken(now);
}
