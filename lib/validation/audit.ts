import { z } from 'zod';
import { isIsoDay, NOT_TEXT } from './shared';

// The audit log's filters arrive as query-string parameters (a GET form), so a link to a
// filtered page can be shared; empty fields mean "no filter".

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// The log starts long after 1970.
const DAY = 'Use a date such as 2026-11-27.';
const day = z
  .string({ error: NOT_TEXT })
  .trim()
  .max(10, { error: DAY, abort: true })
  .refine((value) => isIsoDay(value, '1970-01-01'), DAY);

/** The largest id PostgreSQL's bigint holds. */
const MAX_BIGINT = 2n ** 63n - 1n;

/** Position in the log: an event's time (ms since 1970) and id, the order it is listed in. */
const NOT_A_POSITION = 'Not a position in the audit log.';
export const auditCursorSchema = z
  .string({ error: NOT_A_POSITION })
  .trim()
  .max(40, { error: NOT_A_POSITION, abort: true })
  .regex(/^\d{1,15}-\d{1,19}$/, NOT_A_POSITION)
  // Zod runs this even when the pattern failed (that failure is reported already).
  .refine((value) => {
    const id = /^\d{1,15}-(\d{1,19})$/.exec(value)?.[1];
    return id === undefined || BigInt(id) <= MAX_BIGINT;
  }, NOT_A_POSITION)
  .transform((value) => {
    const [ms, id] = value.split('-');
    return { createdAt: new Date(Number(ms)), id: BigInt(id!) };
  });

export const auditFilterSchema = z
  .object({
    actor: optional(z.string({ error: NOT_TEXT }).trim().toLowerCase().max(254, 'Use at most 254 characters.')),
    action: optional(
      z
        .string({ error: NOT_TEXT })
        .trim()
        .max(100, 'Use at most 100 characters.')
        .regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*(\.\*)?$/i, 'Actions are words separated by dots, such as user.disabled (or user.* for all of them).'),
    ),
    from: optional(day),
    to: optional(day),
    before: optional(auditCursorSchema),
    after: optional(auditCursorSchema),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'The end date is before the start date.' });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

export function encodeAuditCursor({ createdAt, id }: { createdAt: Date; id: bigint | string }): string {
  return `${createdAt.getTime()}-${id}`;
}
