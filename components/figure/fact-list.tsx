import type { FigurePage } from '@/lib/db/figures';
import { DateText } from '@/components/ui/date-text';

/** Every fact held for a figure, with its source link and when it was last checked. */
export function FactList({ facts }: { facts: FigurePage['facts'] }) {
  if (facts.length === 0) return <p>No facts recorded yet.</p>;
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.attribute.id}>
          <dt>{fact.attribute.label}</dt>
          <dd>
            {fact.value}
            {fact.note ? <div className="source">{fact.note}</div> : null}
            <div className="source">
              {fact.sourceUrl ? (
                <a href={fact.sourceUrl} rel="noopener nofollow">
                  Source<span className="visually-hidden">{` for ${fact.attribute.label}`}</span>
                </a>
              ) : (
                'No source recorded'
              )}
              {fact.verifiedAt ? (
                <>
                  {' · verified '}
                  <DateText date={fact.verifiedAt} />
                </>
              ) : null}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}
