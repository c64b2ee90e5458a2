import { z } from 'zod';
import { INT4_MAX, NOT_TEXT } from './shared';

// The comparison forms' schemas, shared by the browser (checked on submit, same messages
// inline) and the server actions (safeParse). Form fields are flat strings; lists use
// indexed names: rows.0 = attribute id, sections.0.heading, categories.7 = "on".

export const LIMITS = {
  title: 200,
  summary: 1_000,
  article: 20_000,
  heading: 200,
  message: 500,
  rows: 60,
  sections: 30,
  categories: 20,
} as const;

const id = (message: string) => z.coerce.number<unknown>({ error: message }).int(message).positive(message).max(INT4_MAX, message);
const optionalText = (max: number) => z.string({ error: NOT_TEXT }).trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`).default('');

export const createComparisonSchema = z
  .object({
    figureAId: id('Choose figure A.'),
    figureBId: id('Choose figure B.'),
  })
  .refine((v) => !(v.figureAId > 0 && v.figureAId === v.figureBId), { path: ['figureBId'], message: 'Choose two different figures: a figure cannot be compared with itself.' });

export type CreateComparisonInput = z.infer<typeof createComparisonSchema>;

export const comparisonSectionSchema = z.object({
  id: z.preprocess((v) => (v === '' || v === null ? undefined : v), id('Reload the page: a section is not recognised.').optional()),
  heading: z.string({ error: 'Give the section a heading.' }).trim().min(1, 'Give the section a heading.').max(LIMITS.heading, `Use at most ${LIMITS.heading} characters.`),
  body: z.string({ error: 'Write the section, or remove it.' }).trim().min(1, 'Write the section, or remove it.').max(LIMITS.article, `Use at most ${LIMITS.article.toLocaleString('en')} characters.`),
}, { error: 'Reload the page: a section is not recognised.' });

export const comparisonContentSchema = z.object({
  title: optionalText(LIMITS.title).transform((v) => v || null),
  summary: optionalText(LIMITS.summary),
  introduction: optionalText(LIMITS.article),
  conclusion: optionalText(LIMITS.article),
  rows: z
    .array(id('Reload the page: a table row is not recognised.'), { error: 'Reload the page: the table is not recognised.' })
    .max(LIMITS.rows, `A table has at most ${LIMITS.rows} rows.`)
    .refine((rows) => new Set(rows).size === rows.length, 'Each attribute can appear once in the table.'),
  sections: z.array(comparisonSectionSchema, { error: 'Reload the page: the article’s sections are not recognised.' }).max(LIMITS.sections, `An article has at most ${LIMITS.sections} sections.`),
  categoryIds: z.array(id('Reload the page: a category is not recognised.'), { error: 'Reload the page: the categories are not recognised.' }).max(LIMITS.categories, `Choose at most ${LIMITS.categories} categories.`),
});

export type ComparisonContent = z.infer<typeof comparisonContentSchema>;

export const updateComparisonSchema = comparisonContentSchema.extend({
  id: id('Reload the page: this comparison is not recognised.'),
  version: id('Reload the page: the version you edited is missing.'),
  message: optionalText(LIMITS.message),
});

export type UpdateComparisonInput = z.infer<typeof updateComparisonSchema>;

export const comparisonStatusSchema = z.object({
  id: id('Reload the page: this comparison is not recognised.'),
  version: id('Reload the page: the version you saw is missing.'),
});

export const restoreRevisionSchema = comparisonStatusSchema.extend({
  revision: id('Choose a revision to restore.'),
  message: optionalText(LIMITS.message),
});

/** Indexes present under `prefix` ("rows." -> [0, 1, 2]), in numeric order. */
function indexes(values: Record<string, string>, prefix: string): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(index) && index >= 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** The editor's flat form values as the structure updateComparisonSchema expects. */
export function readComparisonForm(values: Record<string, string>) {
  return {
    id: values.id,
    version: values.version,
    title: values.title ?? '',
    summary: values.summary ?? '',
    introduction: values.introduction ?? '',
    conclusion: values.conclusion ?? '',
    message: values.message ?? '',
    rows: indexes(values, 'rows.').map((i) => values[`rows.${i}`]),
    sections: indexes(values, 'sections.').map((i) => ({
      id: values[`sections.${i}.id`] ?? '',
      heading: values[`sections.${i}.heading`] ?? '',
      body: values[`sections.${i}.body`] ?? '',
    })),
    categoryIds: Object.keys(values)
      .filter((key) => key.startsWith('categories.') && values[key])
      .map((key) => key.slice('categories.'.length)),
  };
}

export type FieldErrors = Record<string, string[] | undefined>;

/** Errors keyed by the form field's name ("sections.2.heading"), first message per field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // A list's own error (too many rows) is shown with the list; an item's with the item.
    const path = issue.path.map(String);
    const name = path[0] === 'categoryIds' ? 'categories' : path[0] === 'rows' && path.length > 1 ? 'rows' : path.join('.');
    errors[name] ??= [];
    if (!errors[name]!.includes(issue.message)) errors[name]!.push(issue.message);
  }
  return errors;
}
