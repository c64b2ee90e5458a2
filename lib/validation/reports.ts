import { z } from 'zod';
import { idField, NOT_TEXT } from './shared';

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 2000;
export const REPORT_SUGGESTION_MAX = 1000;
/** The longest each field may be, in characters. */
export const REPORT_FIELD_MAX: Record<string, number> = { message: REPORT_MESSAGE_MAX, suggestedValue: REPORT_SUGGESTION_MAX, sourceUrl: 2000, email: 254 };

const optionalText = (max: number, label: string) =>
  z
    .string({ error: NOT_TEXT })
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString('en')} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A reader's report, as posted by the form (with or without JavaScript). */
export const reportSchema = z
  .object({
    message: z
      .string({ error: 'Tell us what is wrong.' })
      .trim()
      .min(REPORT_MESSAGE_MIN, `Tell us what is wrong in at least ${REPORT_MESSAGE_MIN} characters.`)
      .max(REPORT_MESSAGE_MAX, `Keep it to ${REPORT_MESSAGE_MAX.toLocaleString('en')} characters or fewer.`),
    suggestedValue: optionalText(REPORT_FIELD_MAX.suggestedValue!, 'The suggested correction'),
    sourceUrl: optionalText(REPORT_FIELD_MAX.sourceUrl!, 'The source link').refine((v) => !v || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), {
      message: 'Give a web address starting with http:// or https://.',
    }),
    email: optionalText(REPORT_FIELD_MAX.email!, 'The email address').refine((v) => !v || z.email().safeParse(v).success, { message: 'Give a valid email address, or leave it empty.' }),
    rowId: idField.optional(),
    side: z.enum(['A', 'B'], { error: 'Choose side A or B; reload the page and try again.' }).optional(),
    sectionId: idField.optional(),
  })
  .refine((v) => !(v.rowId && v.sectionId), { message: 'Report one row or one section at a time.', path: ['sectionId'] })
  .refine((v) => !v.side || v.rowId, { message: 'Choose the row the side belongs to.', path: ['side'] });

export type ReportInput = z.infer<typeof reportSchema>;

/**
 * Field names as posted: blank strings mean "not given". NUL characters are dropped: no one
 * types them, and PostgreSQL cannot store them in text. A line break is one character, as the
 * form counts it: browsers send each as CR LF.
 */
export function reportFormData(form: FormData): Record<string, string | undefined> {
  const value = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' && v.trim() !== '' ? v.replaceAll('\0', '').replaceAll('\r\n', '\n') : undefined;
  };
  return {
    message: value('message') ?? '',
    suggestedValue: value('suggestedValue'),
    sourceUrl: value('sourceUrl'),
    email: value('email'),
    rowId: value('rowId'),
    side: value('side'),
    sectionId: value('sectionId'),
  };
}
