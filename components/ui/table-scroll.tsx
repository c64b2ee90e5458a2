import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls sideways in on a narrow screen (`.table-scroll`), instead of the
 * page. It is a named region in the tab order, so a keyboard can scroll it too (WCAG 2.1.1),
 * also when the table has no link or button of its own.
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
