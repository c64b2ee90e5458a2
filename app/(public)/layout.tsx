import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
