import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { releaseHit, reserveHit } from '../db/rate-limits';
import { createReport, getReportTarget, listSpamTimesFromAddress, type ReportTarget } from '../db/reports';
import { getOrCreateSecret } from '../db/settings';
import { reportSchema } from '../validation/reports';
import { formAge } from './form-token';

// Submitting a report: cheap checks first (size is checked by the route before this runs),
// then the honeypot, the fields and the fill time, the limits, and only then the database.

/**
 * Room for every field at its longest in any script: a form without JavaScript sends each
 * character of Chinese, say, as 9 bytes (%E4%B8%AD), so 2,000 of them alone are 18 KB.
 */
export const MAX_BODY_BYTES = 64 * 1024;
export const MIN_FILL_MS = 3000;
/** A form older than this is refused (a token copied once cannot be replayed for ever); the reader's text comes back with a new one. */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;
export const LIMITS = [
  { scope: 'ip', windowMinutes: 10, max: 5 },
  { scope: 'ip', windowMinutes: 24 * 60, max: 20 },
  { scope: 'comparison', windowMinutes: 60, max: 30 },
] as const;
/** An address with this many reports marked as spam in the window is refused until they age out. */
export const SPAM_LIMIT = { max: 3, windowDays: 30 } as const;

export type SubmitOutcome =
  | { ok: true; token: string; grouped: boolean }
  | {
      ok: false;
      status: 400 | 404 | 409 | 413 | 429;
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      retryInMinutes?: number;
      /** The row or section reported on is gone: the form comes back for this, the comparison as a whole. */
      retarget?: ReportTarget;
    };

let salt: Promise<string> | undefined;

/** Addresses are kept only as salted hashes: enough to count, not to identify. */
export async function hashAddress(ip: string): Promise<string> {
  const s = await (salt ??= getOrCreateSecret({ key: 'report_ip_salt' }));
  return createHash('sha256').update(`${s}:${ip}`).digest('hex');
}

export async function submitReport({
  slug,
  fields,
  formToken,
  honeypot,
  ip,
  now = Date.now(),
}: {
  slug: string;
  fields: Record<string, string | undefined>;
  formToken: string | undefined;
  honeypot: string | undefined;
  ip: string;
  now?: number;
}): Promise<SubmitOutcome> {
  if (honeypot) return { ok: false, status: 400, message: 'Your report could not be accepted.' };
  const parsed = reportSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, status: 400, message: 'Check the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const input = parsed.data;
  const age = await formAge(formToken, now);
  if (age === null || age < MIN_FILL_MS) {
    return { ok: false, status: 400, message: 'That was very quick: please check your report, then send it again.' };
  }
  if (age > MAX_FORM_AGE_MS) {
    return { ok: false, status: 400, message: 'This form was open for more than a day: please check your report, then send it again.' };
  }

  const target = await getReportTarget({ slug, rowId: input.rowId, sectionId: input.sectionId });
  if (!target) return targetMissing(slug, input);

  const ipHash = await hashAddress(ip);
  const spamRetry = await spamRetryInMinutes(ipHash, now);
  if (spamRetry !== null) {
    return { ok: false, status: 429, message: `We cannot accept reports from your network at the moment. Please try again in ${waitText(spamRetry)}.`, retryInMinutes: spamRetry };
  }

  const keys = LIMITS.map((limit) => ({
    ...limit,
    key: limit.scope === 'ip' ? `reports:ip:${limit.windowMinutes}:${ipHash}` : `reports:comparison:${target.comparison.id}`,
  }));
  // Places are taken in order, the address's first, so a refused sender never uses up the comparison's.
  const taken: typeof keys = [];
  for (const k of keys) {
    const place = await reserveHit({ key: k.key, windowMinutes: k.windowMinutes, max: k.max, now });
    if (!place.ok) {
      await Promise.all(taken.map((t) => releaseHit({ key: t.key, now })));
      const retryInMinutes = Math.max(1, Math.ceil((place.oldestExpiresAt.getTime() - now) / 60_000));
      return { ok: false, status: 429, message: `We have received many reports from your network just now. Please try again in ${waitText(retryInMinutes)}.`, retryInMinutes };
    }
    taken.push(k);
  }

  const release = () => Promise.all(taken.map((t) => releaseHit({ key: t.key, now })));
  let created: Awaited<ReturnType<typeof createReport>>;
  try {
    created = await createReport({
      comparisonId: target.comparison.id,
      rowId: input.rowId,
      side: input.rowId ? input.side : undefined,
      sectionId: input.sectionId,
      message: input.message,
      suggestedValue: unchanged(input.suggestedValue, target, input.side) ? undefined : input.suggestedValue,
      sourceUrl: input.sourceUrl,
      reporterEmail: input.email,
      ipHash,
    });
  } catch (error) {
    await release();
    throw error;
  }
  if (!created) {
    // Removed between the lookup above and the insert.
    await release();
    return targetMissing(slug, input);
  }
  return { ok: true, token: created.token, grouped: created.duplicateOfId !== null };
}

/**
 * The answer when the comparison, row or section a report is about was not found: a 404 when the
 * comparison is not published; otherwise the row or section was removed while the form was open
 * (an editor's save deletes those it no longer shows), and the reader may send the same text
 * about the comparison as a whole instead.
 */
export async function targetMissing(slug: string, about: { rowId?: number; sectionId?: number }): Promise<SubmitOutcome & { ok: false }> {
  const whole = about.rowId || about.sectionId ? await getReportTarget({ slug }) : null;
  if (!whole) return { ok: false, status: 404, message: 'That comparison is not published any more.' };
  const what = about.rowId ? 'row' : 'section';
  return {
    ok: false,
    status: 409,
    message: `The ${what} you were reporting on is no longer in this comparison: it was removed after you opened this form, so your report was not sent. Your text is kept below; send it again to report on the comparison as a whole.`,
    retarget: whole,
  };
}

/** The form starts with the row's value as the suggestion: sent back as it was, it suggests nothing. */
function unchanged(suggestion: string | undefined, target: ReportTarget, side: 'A' | 'B' | undefined): boolean {
  const current = side === 'A' ? target.row?.valueA : side === 'B' ? target.row?.valueB : undefined;
  return !!suggestion && current != null && suggestion.trim() === current.trim();
}

function waitText(minutes: number): string {
  if (minutes >= 48 * 60) return `${Math.ceil(minutes / (24 * 60))} days`;
  if (minutes >= 120) return `${Math.ceil(minutes / 60)} hours`;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Minutes until the address's spam marks drop below the limit, or null when it may report. */
async function spamRetryInMinutes(ipHash: string, now: number): Promise<number | null> {
  const windowMs = SPAM_LIMIT.windowDays * 24 * 60 * 60_000;
  const times = await listSpamTimesFromAddress({ ipHash, since: new Date(now - windowMs), take: SPAM_LIMIT.max });
  if (times.length < SPAM_LIMIT.max) return null;
  // Refused until the oldest of the newest `max` leaves the window.
  return Math.max(1, Math.ceil((times[times.length - 1]!.getTime() + windowMs - now) / 60_000));
}
