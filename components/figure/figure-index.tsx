import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import type { FigureListItem } from '@/lib/db/figures';

const GROUPS = [
  { kind: 'PERSON', heading: 'People' },
  { kind: 'PLACE', heading: 'Places' },
  { kind: 'THING', heading: 'Things' },
] as const;

/** /figures: every figure by kind and by name, each with its number of published comparisons. */
export function FigureIndex({ figures }: { figures: FigureListItem[] }) {
  return (
    <>
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Figures' }]} />
      <h1>Every person, place and thing</h1>
      <p className="summary">
        {figures.length} {figures.length === 1 ? 'figure' : 'figures'}, each with its facts, their sources and the comparisons it is in. The number after
        each name is how many comparisons it is in.
      </p>
      {GROUPS.map(({ kind, heading }) => {
        const group = figures.filter((f) => f.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`figures-${kind.toLowerCase()}`}>
            <h2 id={`figures-${kind.toLowerCase()}`}>{heading}</h2>
            <ul className="chip-list">
              {group.map((f) => (
                <li key={f.id}>
                  <Link href={`/figures/${f.slug}`}>
                    {f.name} ({f.comparisons})
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
