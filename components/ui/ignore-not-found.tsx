'use client';

import { Component, type ReactNode } from 'react';

function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404');
}

/** Keeps the page as rendered when NotFoundStatus's signal reaches the browser; other errors pass. */
export class IgnoreNotFound extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    if (isNotFound(this.state.error)) return null;
    throw this.state.error;
  }
}
