// Search-engine metadata for the home page and comparison pages (figure pages: ./figure.ts): <title>, description, canonical, Open Graph,
// Twitter and JSON-LD (Article + BreadcrumbList). Pure functions of the page data.
import type { Metadata } from 'next';
import type { ComparisonPage } from '../db/comparisons';
import type { FigureSide } from '../db/figure-side';
import { mediaUrl, variantWidths } from '../media/images';
import { absoluteUrl, SITE_DESCRIPTION, SITE_IMAGE_ALT, SITE_NAME, SITE_TITLE } from '../site';

export function pageTitle(title: string): string {
  return `${title} - What's the Difference?`;
}

export function describe(text: string, max = 160): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** A figure's photo at its largest width, with absolute URL and size: for share cards and JSON-LD. */
export function figureImage(figure: FigureSide) {
  if (!figure.photo) return null;
  const widths = variantWidths(figure.photo.width);
  const width = widths[widths.length - 1]!;
  return {
    url: absoluteUrl(mediaUrl(figure.photo.hash, width)),
    width,
    height: Math.round((figure.photo.height * width) / figure.photo.width),
    alt: figure.photo.alt,
  };
}

export function comparisonImages(page: Pick<ComparisonPage, 'figureA' | 'figureB'>) {
  return [figureImage(page.figureA), figureImage(page.figureB)].filter((i) => i !== null);
}

/** The home page: the site's own title and description, shared with its image (app/opengraph-image.png). */
export const homeMetadata: Metadata = {
  alternates: { canonical: '/' },
  // A page's own openGraph replaces the file-based image of app/, so it is named here.
  openGraph: { type: 'website', siteName: SITE_NAME, title: SITE_TITLE, description: SITE_DESCRIPTION, url: '/', images: [{ url: '/opengraph-image.png', width: 1200, height: 630, alt: SITE_IMAGE_ALT }] },
  twitter: { card: 'summary_large_image', title: SITE_TITLE, description: SITE_DESCRIPTION },
};

export function comparisonMetadata(page: ComparisonPage): Metadata {
  const title = pageTitle(page.title);
  const description = describe(page.summary);
  const images = comparisonImages(page);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/${page.slug}` },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      title,
      description,
      url: `/${page.slug}`,
      images,
      publishedTime: page.publishedAt?.toISOString(),
      modifiedTime: page.updatedAt.toISOString(),
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map((i) => i.url) },
  };
}

export function comparisonJsonLd(page: ComparisonPage) {
  const url = absoluteUrl(`/${page.slug}`);
  const category = page.categories[0];
  const crumbs = [
    { name: 'Home', url: absoluteUrl('/') },
    ...(category ? [{ name: category.name, url: absoluteUrl(`/categories/${category.slug}`) }] : []),
    { name: page.title, url },
  ];
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: pageTitle(page.title),
      description: describe(page.summary, 300),
      url,
      mainEntityOfPage: url,
      image: comparisonImages(page).map((i) => i.url),
      datePublished: (page.publishedAt ?? page.updatedAt).toISOString(),
      dateModified: page.updatedAt.toISOString(),
      author: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/about') },
      publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') },
      about: [page.figureA.name, page.figureB.name].map((name) => ({ '@type': 'Thing', name })),
    },
    breadcrumbJsonLd(crumbs),
  ];
}

/** schema.org BreadcrumbList of a page's trail, from the home page to the page itself (absolute URLs). */
export function breadcrumbJsonLd(crumbs: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}
