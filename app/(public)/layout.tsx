import type { ReactNode } from 'react';
import { PublicFrame } from '@/components/ui/public-frame';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
