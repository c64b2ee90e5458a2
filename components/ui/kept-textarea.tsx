'use client';

import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

type Rescued = HTMLTextAreaElement & { __typed?: string; __hydrated?: boolean };

/**
 * A textarea that keeps what was typed into it before the page's JavaScript ran. React 19 puts a
 * textarea back to its server-rendered text when it hydrates it (an input keeps its value), so a
 * quick typist lost their words. TypedTextKeeper's script notes them until then; they are put
 * back right after hydration, before the browser paints.
 */
export function KeptTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<Rescued>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.__hydrated = true;
    if (element.__typed !== undefined && element.value !== element.__typed) element.value = element.__typed;
    delete element.__typed;
  }, []);
  return <textarea ref={ref} {...props} />;
}
