import type { ComparisonCard } from '@/lib/comparisons/view';
import type { ComparisonPage } from '@/lib/db/comparisons';
import { comparisonJsonLd } from '@/lib/seo/comparison';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { DateText } from '@/components/ui/date-text';
import { JsonLd } from '@/components/ui/json-ld';
import { Markdown } from '@/components/ui/markdown';
import { AttributeTable } from './attribute-table';
import { ComparisonCards } from './comparison-cards';
import { FigurePhoto } from './figure-card';
import { ReportLauncher } from '@/components/reports/report-launcher';
import { ReportNotice } from './report-notice';

const PHOTO_SIZES = '(max-width: 72rem) 50vw, 36rem';

/** The public comparison page (also used, unchanged, for the admin preview). */
export function ComparisonView({ page, related }: { page: ComparisonPage; related: ComparisonCard[] }) {
  const category = page.categories[0];
  return (
    <article>
      <Breadcrumbs
        items={[{ name: 'Home', href: '/' }, ...(category ? [{ name: category.name, href: `/categories/${category.slug}` }] : []), { name: page.title }]}
      />
      <header className="comparison-header">
        <h1>{page.title}</h1>
        <p className="subtitle">What&apos;s the Difference?</p>
        <p className="summary">{page.summary}</p>
      </header>

      <div className="figures">
        <FigurePhoto figure={page.figureA} sizes={PHOTO_SIZES} />
        <FigurePhoto figure={page.figureB} sizes={PHOTO_SIZES} />
      </div>

      <AttributeTable
        caption={`${page.figureA.name} and ${page.figureB.name} compared`}
        nameA={page.figureA.name}
        nameB={page.figureB.name}
        rows={page.rows}
        reportSlug={page.slug}
      />

      {page.corrections.length > 0 ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {page.corrections.map((c) => (
              <li key={c.id}>
                Correction, <DateText date={c.publishedAt} />: {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="further-detail" aria-labelledby="further-detail">
        <h2 id="further-detail">Further Detail</h2>
        <Markdown>{page.introduction}</Markdown>
        {page.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h3 id={`section-${section.id}`}>{section.heading}</h3>
            <Markdown>{section.body}</Markdown>
            <p className="section-report">
              <a className="report-link" href={`/report/${page.slug}?section=${section.id}`} rel="nofollow">
                Report an error in this section<span className="visually-hidden">{`: ${section.heading}`}</span>
              </a>
            </p>
          </section>
        ))}
        {page.conclusion.trim() ? (
          <section aria-labelledby="conclusion">
            <h3 id="conclusion">Conclusion</h3>
            <Markdown>{page.conclusion}</Markdown>
          </section>
        ) : null}
        <p className="updated">
          Last updated <DateText date={page.updatedAt} />
          {page.categories.length > 0 ? <> · Filed under {page.categories.map((c) => c.name).join(', ')}</> : null}
        </p>
      </section>

      <ReportNotice href={`/report/${page.slug}`} opensForm />
      <ReportLauncher slug={page.slug} />

      {related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related comparisons</h2>
          <ComparisonCards items={related} />
        </section>
      ) : null}
      <JsonLd data={comparisonJsonLd(page)} />
    </article>
  );
}
