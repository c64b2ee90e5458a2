import Link from 'next/link';
import type { ComparisonCard } from '@/lib/comparisons/view';
import { DateText } from '@/components/ui/date-text';

export function ComparisonCards({ items, headingLevel = 3 }: { items: ComparisonCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={item.slug}>
          <article className="card">
            <Heading>
              <Link href={`/${item.slug}`}>{item.title}</Link>
            </Heading>
            <p>{truncate(item.summary, 160)}</p>
            {item.publishedAt ? (
              <p className="meta">
                <DateText date={item.publishedAt} />
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,.;:]$/, '')}…`;
}
