// Test data with unique slugs, so tests run in parallel on one database without cleanup.
import { randomInt, randomUUID } from 'node:crypto';
import { db } from '../../lib/db/client';
import { comparisonSlug, pairKey } from '../../lib/comparisons/slug';
import type { ComparisonStatus, FigureKind } from '../../lib/db/generated/client';

export function unique(prefix = 't'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createAttribute(overrides: { label?: string; slug?: string } = {}) {
  const slug = overrides.slug ?? unique('attr');
  return db.attribute.create({ data: { slug, label: overrides.label ?? `Label ${slug}`, description: 'Test attribute.' } });
}

export async function createFigure(
  overrides: { name?: string; slug?: string; kind?: FigureKind; description?: string; facts?: { attributeId: number; value: string; sourceUrl?: string }[] } = {},
) {
  const slug = overrides.slug ?? unique('fig');
  return db.figure.create({
    data: {
      slug,
      name: overrides.name ?? `Figure ${slug}`,
      kind: overrides.kind ?? 'PERSON',
      description: overrides.description ?? `A test figure called ${slug}.`,
      facts: overrides.facts ? { create: overrides.facts.map((f) => ({ attributeId: f.attributeId, value: f.value, sourceUrl: f.sourceUrl ?? null })) } : undefined,
    },
  });
}

export async function createComparison(options: {
  a: { id: number; slug: string };
  b: { id: number; slug: string };
  status?: ComparisonStatus;
  title?: string;
  summary?: string;
  introduction?: string;
  conclusion?: string;
  attributeIds?: number[];
  sections?: { heading: string; body: string }[];
  categoryIds?: number[];
  publishedAt?: Date;
}) {
  const status = options.status ?? 'PUBLISHED';
  return db.comparison.create({
    data: {
      slug: comparisonSlug(options.a.slug, options.b.slug),
      pairKey: pairKey(options.a.id, options.b.id),
      figureAId: options.a.id,
      figureBId: options.b.id,
      title: options.title ?? null,
      summary: options.summary ?? 'A test summary.',
      introduction: options.introduction ?? 'A test introduction.',
      conclusion: options.conclusion ?? 'A test conclusion.',
      status,
      publishedAt: status === 'PUBLISHED' ? (options.publishedAt ?? new Date()) : null,
      rows: { create: (options.attributeIds ?? []).map((attributeId, position) => ({ attributeId, position })) },
      sections: { create: (options.sections ?? []).map((s, position) => ({ ...s, position })) },
      categories: { create: (options.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
    },
  });
}

export async function createCategory(overrides: { name?: string } = {}) {
  const slug = unique('cat');
  return db.category.create({ data: { slug, name: overrides.name ?? `Category ${slug}` } });
}

const CONSONANTS = 'bdgkpqvxz';
const VOWELS = 'ao';

function pick(letters: string): string {
  return [...letters][randomInt([...letters].length)]!;
}

/**
 * A capitalized nonsense word ("Bakoqazoxodu") that no other test's data contains, for
 * search tests. Its letters are chosen so that the English stemmer leaves it, and its
 * prefixes, alone. With `letters`, a word of those letters (other scripts).
 */
export function madeUpWord(letters?: string, length = 12): string {
  if (letters) return Array.from({ length }, () => pick(letters)).join('');
  const word = Array.from({ length }, (_, i) => pick(i % 2 === 0 ? CONSONANTS : VOWELS)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}
