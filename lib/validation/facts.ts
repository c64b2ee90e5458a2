import { z } from 'zod';
import { idField, INT4_MAX, isIsoDay, NOT_TEXT, optionalLink, optionalText, RELOAD_FORM, revisionMessageField } from './shared';

const DAY_FORMAT = 'Enter the date as YYYY-MM-DD (1900 or later), or leave it empty.';

export const factSchema = z.object({
  figureId: idField,
  attributeId: idField,
  /** 0 when the form added a fact that did not exist yet. */
  version: z.coerce.number({ error: RELOAD_FORM }).int(RELOAD_FORM).min(0, RELOAD_FORM).max(INT4_MAX, RELOAD_FORM).default(0),
  value: z.string({ error: 'Enter the value.' }).trim().min(1, 'Enter the value.').max(1000, 'Keep the value under 1,000 characters.'),
  sourceUrl: optionalLink('source link'),
  note: optionalText(1000, 'Keep the note under 1,000 characters.'),
  verifiedAt: z
    .string({ error: NOT_TEXT })
    .trim()
    .max(10, { error: DAY_FORMAT, abort: true })
    .default('')
    .refine((value) => value === '' || isIsoDay(value), { message: DAY_FORMAT })
    .refine((value) => value === '' || value <= new Date().toISOString().slice(0, 10), { message: 'The date it was verified cannot be in the future.' }),
  message: revisionMessageField,
});

export type FactInput = z.output<typeof factSchema>;

export const FACT_FIELD_LABELS: Record<string, string> = { value: 'Value', sourceUrl: 'Source link', note: 'Note', verifiedAt: 'Last verified' };
