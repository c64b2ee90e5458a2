import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as account from '@/lib/validation/account';
import * as attributes from '@/lib/validation/attributes';
import * as audit from '@/lib/validation/audit';
import * as auth from '@/lib/validation/auth';
import * as categories from '@/lib/validation/categories';
import * as comparisons from '@/lib/validation/comparisons';
import * as facts from '@/lib/validation/facts';
import * as figures from '@/lib/validation/figures';
import * as reportDecisions from '@/lib/validation/report-decisions';
import * as reports from '@/lib/validation/reports';
import * as shared from '@/lib/validation/shared';
import * as users from '@/lib/validation/users';

// Every message a schema gives is shown on a page: none may be zod's own ("Too big: expected
// string to have <=10 characters", "Invalid input: expected string, received undefined").
const ZOD_DEFAULT = /^(Too big|Too small|Invalid|Expected|Unrecognized)/;

const modules = { account, attributes, audit, auth, categories, comparisons, facts, figures, reportDecisions, reports, shared, users };
const schemas = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${module}.${name}`, schema })),
);

/** The object a schema reads, through its refinements and transforms, or null. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let current: unknown = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodObject) return current.shape as Record<string, z.ZodType>;
    if (current instanceof z.ZodPipe) current = current.in;
    else return null;
  }
  return null;
}

const long = 'x'.repeat(100_001);
/** Over-long, wrong-typed and out-of-range values, as a tampered form or an odd client might send them. */
const oddValues: unknown[] = [
  long,
  ` ${'1'.repeat(50)} `,
  '',
  '   ',
  '-1',
  '0',
  '1.5',
  '99999999999',
  'abc',
  12345,
  -3,
  true,
  null,
  ['a'],
  [long],
  [{}],
  [{ heading: 5, body: long }],
  Array.from({ length: 200 }, (_, i) => String(i + 1)),
  { a: 1 },
  new Blob(['x']),
];

function messages(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('every validation message is a sentence of our own', () => {
  it('finds the schemas to walk', () => {
    expect(schemas.length).toBeGreaterThan(20);
    expect(schemas.filter(({ schema }) => shapeOf(schema)).length).toBeGreaterThan(15);
  });

  it.each(schemas)('$name: missing, over-long and wrong-typed fields', ({ schema }) => {
    const shape = shapeOf(schema);
    const seen: string[] = [];
    if (shape) {
      seen.push(...messages(schema, {}));
      for (const key of Object.keys(shape)) {
        for (const value of oddValues) seen.push(...messages(schema, { [key]: value }));
      }
      // Every field at once, so object-level refinements see odd values too.
      for (const value of oddValues) seen.push(...messages(schema, Object.fromEntries(Object.keys(shape).map((key) => [key, value]))));
    } else {
      for (const value of [undefined, ...oddValues]) seen.push(...messages(schema, value));
    }
    const zodDefaults = [...new Set(seen.filter((message) => ZOD_DEFAULT.test(message)))];
    expect(zodDefaults).toEqual([]);
  });
});

describe('the cases the admin audit found', () => {
  const errors = (schema: z.ZodType, input: unknown) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  };

  it('tells an editor a password over 128 characters is too long, in words', () => {
    const tooLong = 'p'.repeat(129);
    expect(errors(account.changePasswordSchema, { currentPassword: tooLong, newPassword: 'a new password here', confirmPassword: 'a new password here' })).toEqual({
      currentPassword: ['That is not your current password: passwords are at most 128 characters.'],
    });
    expect(errors(account.changePasswordSchema, { currentPassword: 'old password', newPassword: 'a new password here', confirmPassword: tooLong })).toEqual({
      confirmPassword: ['Use at most 128 characters.', 'The two new passwords differ.'],
    });
  });

  it('reads a last-verified date over 10 characters as a date in the wrong format', () => {
    expect(errors(facts.factSchema, { figureId: '1', attributeId: '2', value: 'x', verifiedAt: '2026-01-01T00:00' })).toEqual({
      verifiedAt: ['Enter the date as YYYY-MM-DD (1900 or later), or leave it empty.'],
    });
  });

  it('reads a figure form with no slug field as one with the slug left empty, and a missing name as an empty one', () => {
    expect(figures.figureCreateSchema.parse({ name: 'Ada Lovelace', kind: 'PERSON', description: 'A mathematician.' }).slug).toBe('ada-lovelace');
    const form = new FormData();
    form.append('name', new Blob(['Ada']), 'name.txt');
    form.append('description', new Blob(['x']), 'description.txt');
    form.append('kind', 'PERSON');
    expect(errors(figures.figureCreateSchema, figures.figureFormInput(form))).toEqual({ name: ['Enter a name.'], description: ['Enter a short description.'] });
  });
});
