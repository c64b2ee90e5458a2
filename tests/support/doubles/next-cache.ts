// Stands in for next/cache in integration tests (vitest.config.ts): outside a Next.js server,
// revalidation has no cache to expire, so calls are recorded for tests to inspect.
export type Revalidation = { kind: 'tag' | 'path'; value: string };

export const revalidations: Revalidation[] = [];

export function revalidateTag(tag: string, _profile?: unknown): void {
  revalidations.push({ kind: 'tag', value: tag });
}

export function updateTag(tag: string): void {
  revalidations.push({ kind: 'tag', value: tag });
}

export function revalidatePath(path: string, _type?: 'page' | 'layout'): void {
  revalidations.push({ kind: 'path', value: path });
}

export function refresh(): void {}

export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return fn;
}

export function unstable_noStore(): void {}
export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
