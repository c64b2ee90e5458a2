import Head from 'next/head';
import { absoluteUrl, SITE_DESCRIPTION, SITE_IMAGE_ALT, SITE_NAME, THEME_COLOR, titled } from '@/lib/site';

/**
 * The head of a page the Pages Router serves (pages/search.tsx): what app/layout.tsx's metadata and
 * the image files of app/ (icons, the Open Graph image) give every App Router page.
 */
export function DocumentHead({ title, robots }: { title: string; robots?: string }) {
  const fullTitle = titled(title);
  const image = absoluteUrl('/opengraph-image.png');
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={THEME_COLOR} />
      <title>{fullTitle}</title>
      <meta name="description" content={SITE_DESCRIPTION} />
      <meta name="application-name" content={SITE_NAME} />
      {robots ? <meta name="robots" content={robots} /> : null}
      <meta name="format-detection" content="telephone=no" />
      <meta property="og:title" content={fullTitle} />
      <meta property="og:description" content={SITE_DESCRIPTION} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={SITE_IMAGE_ALT} />
      <meta name="twitter:card" content="summary_large_image" />
      <link rel="icon" href="/favicon.ico" sizes="48x48" type="image/x-icon" />
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
    </Head>
  );
}
