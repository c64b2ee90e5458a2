import type { AutomaticComparison } from '@/lib/db/comparisons';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { AttributeTable } from './attribute-table';
import { FigurePhoto } from './figure-card';
import { ReportNotice } from './report-notice';

/** Two figures nobody has written a comparison for: their shared facts, clearly labelled. */
export function AutomaticComparisonView({ comparison }: { comparison: AutomaticComparison }) {
  const { figureA: a, figureB: b } = comparison;
  return (
    <article>
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: `${a.name} vs. ${b.name}` }]} />
      <header className="comparison-header">
        <h1>
          {a.name} vs. {b.name}
        </h1>
        <p className="subtitle">What&apos;s the Difference?</p>
        <p className="notice-automatic">
          <strong>Automatic comparison.</strong> No editor has written this comparison yet, so this page lists only the facts we hold for both{' '}
          {a.name} and {b.name}. Each figure&apos;s page has everything we know about it.
        </p>
      </header>
      <div className="figures">
        <FigurePhoto figure={a} sizes="(max-width: 72rem) 50vw, 36rem" />
        <FigurePhoto figure={b} sizes="(max-width: 72rem) 50vw, 36rem" />
      </div>
      {comparison.rows.length > 0 ? (
        <AttributeTable caption={`Facts shared by ${a.name} and ${b.name} (automatic)`} nameA={a.name} nameB={b.name} rows={comparison.rows} />
      ) : (
        <p>
          We do not yet hold any fact for both {a.name} and {b.name}.
        </p>
      )}
      <ReportNotice href="/about#reporting" />
    </article>
  );
}
