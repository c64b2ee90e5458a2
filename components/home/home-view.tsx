import Link from 'next/link';
import type { ComparisonCard } from '@/lib/comparisons/view';
import type { CategorySummary } from '@/lib/db/categories';
import { ComparisonCards } from '@/components/comparison/comparison-cards';
import { SearchForm } from '@/components/ui/search-form';

export function HomeView({ recent, categories }: { recent: ComparisonCard[]; categories: CategorySummary[] }) {
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">What&apos;s the difference?</h1>
        <p>Side-by-side comparisons of people, places and things: what they share, how they differ, and where each fact comes from.</p>
        <SearchForm id="home-search" label="Search all comparisons and figures" />
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent comparisons</h2>
        <ComparisonCards items={recent} />
      </section>
      <section aria-labelledby="categories">
        <h2 id="categories">Categories</h2>
        <ul className="chip-list">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link href={`/categories/${c.slug}`}>
                {c.name} <span className="visually-hidden">(</span>
                {c.count}
                <span className="visually-hidden"> {c.count === 1 ? 'comparison' : 'comparisons'})</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/figures">Every person, place and thing compared</Link>
        </p>
      </section>
    </>
  );
}
