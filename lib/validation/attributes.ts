import { z } from 'zod';
import { idField, optionalText, revisionMessageField, slugField, slugFrom, versionField } from './shared';

const attributeFields = z.object({
  label: z.string({ error: 'Enter a label.' }).trim().min(1, 'Enter a label.').max(80, 'Keep the label under 80 characters.'),
  slug: slugField,
  description: optionalText(300, 'Keep the description under 300 characters.'),
  message: revisionMessageField,
});

const slug = slugFrom('label');

export const attributeCreateSchema = attributeFields.superRefine(slug.check).transform(slug.fill);
export const attributeUpdateSchema = attributeFields
  .extend({ id: idField, version: versionField })
  .superRefine(slug.check)
  .transform(slug.fill);

export type AttributeInput = z.output<typeof attributeCreateSchema>;

export const ATTRIBUTE_FIELD_LABELS: Record<string, string> = { label: 'Label', slug: 'Slug', description: 'Description' };
