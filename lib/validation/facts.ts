import { z } from 'zod';
import { idField, INT4_MAX, isIsoDay, optionalLink, revisionMessageField } from './shared';

export const factSchema = z.object({
  figureId: idField,
  attributeId: idField,
  /** 0 when the form added a fact that did not exist yet. */
  version: z.coerce.number().int().min(0).max(INT4_MAX).default(0),
  value: z.string().trim().min(1, 'Enter the value.').max(1000, 'Keep the value under 1,000 characters.'),
  sourceUrl: optionalLink('source link').default(''),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').default(''),
  verifiedAt: z
    .string()
    .trim()
    .max(10)
    .default('')
    .refine((value) => value === '' || isIsoDay(value), { message: 'Enter the date as YYYY-MM-DD (1900 or later), or leave it empty.' })
    .refine((value) => value === '' || value <= new Date().toISOString().slice(0, 10), { message: 'The date it was verified cannot be in the future.' }),
  message: revisionMessageField,
});

export type FactInput = z.output<typeof factSchema>;

export const FACT_FIELD_LABELS: Record<string, string> = { value: 'Value', sourceUrl: 'Source link', note: 'Note', verifiedAt: 'Last verified' };
