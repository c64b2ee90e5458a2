import { z } from 'zod';
import { slugify } from '../comparisons/slug';
import { idField, revisionMessageField, slugField, versionField } from './shared';

const attributeFields = z.object({
  label: z.string().trim().min(1, 'Enter a label.').max(80, 'Keep the label under 80 characters.'),
  slug: slugField,
  description: z.string().trim().max(300, 'Keep the description under 300 characters.').default(''),
  message: revisionMessageField,
});

type AttributeFields = z.output<typeof attributeFields>;

function checkSlug(value: AttributeFields, ctx: z.RefinementCtx): void {
  if (!value.slug && value.label && !slugify(value.label)) {
    ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Enter a slug: the label has no letters or digits to make one from.' });
  }
}

function withSlug<T extends AttributeFields>(value: T): T {
  return { ...value, slug: value.slug || slugify(value.label) };
}

export const attributeCreateSchema = attributeFields.superRefine(checkSlug).transform(withSlug);
export const attributeUpdateSchema = attributeFields
  .extend({ id: idField, version: versionField })
  .superRefine(checkSlug)
  .transform(withSlug);

export type AttributeInput = z.output<typeof attributeCreateSchema>;

export const ATTRIBUTE_FIELD_LABELS: Record<string, string> = { label: 'Label', slug: 'Slug', description: 'Description' };
