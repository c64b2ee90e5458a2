import { z } from 'zod';
import { idField, INT4_MAX, optionalLink, revisionMessageField } from './shared';

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
    .refine((value) => value === '' || isIsoDate(value), { message: 'Enter the date as YYYY-MM-DD, or leave it empty.' })
    .refine((value) => value === '' || value <= new Date().toISOString().slice(0, 10), { message: 'The date it was verified cannot be in the future.' }),
  message: revisionMessageField,
});

export type FactInput = z.output<typeof factSchema>;

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const FACT_FIELD_LABELS: Record<string, string> = { value: 'Value', sourceUrl: 'Source link', note: 'Note', verifiedAt: 'Last verified' };
