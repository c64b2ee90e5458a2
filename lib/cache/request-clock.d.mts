// Types for request-clock.mjs (plain JavaScript, shared with the cache handler Next imports at run time).
export function requestStartedAt(): number | undefined;
export function runInRequest<T>(startedAt: number, fn: () => T): T;
export function startRequestClock(): void;
