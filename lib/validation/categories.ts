import { z } from 'zod';
import { idField, optionalText, revisionMessageField, slugField, slugFrom, versionField } from './shared';

const categoryFields = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(80, 'Keep the name under 80 characters.'),
  slug: slugField,
  description: optionalText(500, 'Keep the description under 500 characters.'),
  message: revisionMessageField,
});

const slug = slugFrom('name');

export const categoryCreateSchema = categoryFields.superRefine(slug.check).transform(slug.fill);
export const categoryUpdateSchema = categoryFields
  .extend({ id: idField, version: versionField })
  .superRefine(slug.check)
  .transform(slug.fill);
export const categoryDeleteSchema = z.object({ id: idField, version: versionField });

export type CategoryInput = z.output<typeof categoryCreateSchema>;

export const CATEGORY_FIELD_LABELS: Record<string, string> = { name: 'Name', slug: 'Slug', description: 'Description' };
