import { z } from 'zod';
import { INT4_MAX, NOT_TEXT, optionalLink, optionalText, versionField } from './shared';

// The editors' decisions on a reader's report: one schema per form, shared by the form (checked
// in the browser before sending) and the action in lib/actions/reports.ts.

export const RESOLUTION_MAX = 1000;
export const NOTICE_MIN = 10;
export const NOTICE_MAX = 500;
export const VALUE_MAX = 1000;

const RELOAD = 'The form is missing the report; reload the page.';

const decisionBase = {
  id: z.coerce.number({ error: RELOAD }).int(RELOAD).positive(RELOAD).max(INT4_MAX, RELOAD),
  version: versionField,
};

/** A ticked box ("yes"): destructive decisions ask first, with or without JavaScript. */
const confirmed = (message: string) => z.literal('yes', { error: message });

const noteField = optionalText(RESOLUTION_MAX, `Keep the note under ${RESOLUTION_MAX.toLocaleString('en')} characters.`);

const noticeFields = {
  /** The checkbox "Publish a correction notice" (value "yes"). */
  publishNotice: z
    .string({ error: NOT_TEXT })
    .optional()
    .transform((value) => value === 'yes'),
  noticeText: optionalText(NOTICE_MAX, `Keep the notice under ${NOTICE_MAX} characters.`),
};

const NOTICE_TOO_SHORT = `Write the notice readers will see, in at least ${NOTICE_MIN} characters.`;

/**
 * A notice to publish needs its text. Checked even when other fields are wrong (`when`), so
 * every message shows at once.
 */
const hasNoticeText = (value: { publishNotice: boolean; noticeText: string }) => !value.publishNotice || (typeof value.noticeText === 'string' && value.noticeText.length >= NOTICE_MIN);
const noticeTextIssue = { path: ['noticeText'], message: NOTICE_TOO_SHORT, when: () => true };

/** Accept a row report and apply the (edited) suggested value as a new version of the fact. */
export const acceptApplySchema = z
  .object({
    ...decisionBase,
    side: z.enum(['A', 'B'], { error: 'Choose whose value to correct.' }),
    /** The fact's version shown on the page (0: the figure has no value yet). */
    factVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(0, RELOAD).max(INT4_MAX, RELOAD),
    value: z.string({ error: 'Enter the corrected value.' }).trim().min(1, 'Enter the corrected value.').max(VALUE_MAX, `Keep the value under ${VALUE_MAX.toLocaleString('en')} characters.`),
    sourceUrl: optionalLink('source link'),
    resolution: noteField,
    ...noticeFields,
  })
  .refine(hasNoticeText, noticeTextIssue);

export type AcceptApplyInput = z.output<typeof acceptApplySchema>;

const CHOOSE_REVISION = 'Choose the revision that fixed it.';
const ENTER_REVISION = 'Enter the revision number, like 1234.';

/** Accept a report fixed by hand, linked to the revision that fixed it (chosen, or typed in). */
export const acceptFixedSchema = z
  .object({
    ...decisionBase,
    /** A revision id from the list, or "other" to use `otherRevisionId`. */
    revisionId: optionalText(20, CHOOSE_REVISION),
    otherRevisionId: optionalText(20, ENTER_REVISION),
    resolution: noteField,
    ...noticeFields,
  })
  .refine(hasNoticeText, noticeTextIssue)
  .superRefine((value, ctx) => {
    // Too long is told already, by the field.
    if (value.revisionId.length > 20 || value.otherRevisionId.length > 20) return;
    const choice = revisionChoice(value);
    if (choice === '') ctx.addIssue({ code: 'custom', path: ['revisionId'], message: CHOOSE_REVISION });
    else if (choice === 'other' && !/^[1-9]\d{0,8}$/.test(value.otherRevisionId)) {
      ctx.addIssue({ code: 'custom', path: ['otherRevisionId'], message: ENTER_REVISION });
    } else if (choice !== 'other' && !/^[1-9]\d{0,8}$/.test(choice)) {
      ctx.addIssue({ code: 'custom', path: ['revisionId'], message: CHOOSE_REVISION });
    }
  })
  .transform(({ revisionId, otherRevisionId, ...rest }) => ({ ...rest, revisionId: Number(revisionChoice({ revisionId, otherRevisionId }) === 'other' ? otherRevisionId : revisionId) }));

/** The revision chosen: a number typed in with nothing chosen from the list means "another revision". */
function revisionChoice({ revisionId, otherRevisionId }: { revisionId: string; otherRevisionId: string }): string {
  return revisionId === '' && otherRevisionId !== '' ? 'other' : revisionId;
}

export type AcceptFixedInput = z.output<typeof acceptFixedSchema>;

export const REJECT_REASON_MIN = 10;

/** Reject, with the reason the reader will see on their tracking page (and in their email). */
export const rejectSchema = z.object({
  ...decisionBase,
  resolution: z
    .string({ error: 'Tell the reader why the page stays as it is.' })
    .trim()
    .min(REJECT_REASON_MIN, `Tell the reader why the page stays as it is, in at least ${REJECT_REASON_MIN} characters.`)
    .max(RESOLUTION_MAX, `Keep the reason under ${RESOLUTION_MAX.toLocaleString('en')} characters.`),
  confirm: confirmed('Tick the box to confirm: the reader is told that nothing changes.'),
});

export type RejectInput = z.output<typeof rejectSchema>;

/** Mark as a duplicate of another report on the same comparison. */
export const duplicateSchema = z.object({
  ...decisionBase,
  duplicateOfId: z.coerce.number({ error: 'Choose the report this one repeats.' }).int('Choose the report this one repeats.').positive('Choose the report this one repeats.').max(INT4_MAX, 'Choose the report this one repeats.'),
  confirm: confirmed('Tick the box to confirm that this report repeats the one you chose.'),
});

export type DuplicateInput = z.output<typeof duplicateSchema>;

/** Mark as spam: hidden from the queue and counted against the sender's address. */
export const spamSchema = z.object({
  ...decisionBase,
  confirm: confirmed('Tick the box to confirm that this is spam.'),
});

export type SpamInput = z.output<typeof spamSchema>;
