import type { AppProps } from 'next/app';
import '@/app/globals.css';

// The Pages Router's pages (only /search: see pages/search.tsx) share the App Router's stylesheet.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
