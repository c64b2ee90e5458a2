import { Head, Html, Main, NextScript } from 'next/document';
import { SkipLink } from '@/components/ui/skip-link';

// The document of the pages the Pages Router serves (only /search: see pages/search.tsx), as
// app/layout.tsx is of the others.
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <SkipLink />
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
