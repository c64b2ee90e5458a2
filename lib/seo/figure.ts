// Search-engine metadata for a figure's page: title, description, canonical, Open Graph and
// Twitter cards, and JSON-LD (the person, place or thing, and the BreadcrumbList of its trail).
import type { Metadata } from 'next';
import type { FigurePage } from '../db/figures';
import { absoluteUrl, SITE_NAME } from '../site';
import { breadcrumbJsonLd, describe, figureImage } from './comparison';

/** schema.org's type for each kind of figure. */
const SCHEMA_TYPE = { PERSON: 'Person', PLACE: 'Place', THING: 'Thing' } as const;

export function figureMetadata(figure: FigurePage): Metadata {
  const title = `${figure.name}: facts and comparisons`;
  const description = describe(figure.description);
  const image = figureImage(figure);
  const images = image ? [image] : [];
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/figures/${figure.slug}` },
    // Open Graph's profile is a person's; a place or a thing is a plain website object.
    openGraph: { type: figure.kind === 'PERSON' ? 'profile' : 'website', siteName: SITE_NAME, title: figure.name, description, url: `/figures/${figure.slug}`, images },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: figure.name, description, images: images.map((i) => i.url) },
  };
}

export function figureJsonLd(figure: FigurePage) {
  const url = absoluteUrl(`/figures/${figure.slug}`);
  const image = figureImage(figure);
  return [
    {
      '@context': 'https://schema.org',
      '@type': SCHEMA_TYPE[figure.kind],
      name: figure.name,
      description: describe(figure.description, 300),
      url,
      ...(image ? { image: image.url } : {}),
    },
    breadcrumbJsonLd([
      { name: 'Home', url: absoluteUrl('/') },
      { name: 'Figures', url: absoluteUrl('/figures') },
      { name: figure.name, url },
    ]),
  ];
}
