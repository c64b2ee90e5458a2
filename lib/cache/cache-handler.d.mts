// Types for cache-handler.mjs (plain JavaScript because Next imports it at run time).
export default class SharedTagsCacheHandler {
  constructor(context: { serverDistDir: string; revalidatedTags: string[]; maxMemoryCacheSize?: number; fs?: unknown; flushToDisk?: boolean });
  set(key: string, data: unknown, context: Record<string, unknown>): Promise<void>;
  get(key: string, context: { kind: string; tags?: string[]; [option: string]: unknown }): Promise<unknown>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export function isMemoryOnly(value: unknown): boolean;
export function isMemoryOnlyRead(context: { kind?: string } | undefined): boolean;
/** The database's own id (settings.database_id), made by whichever instance asks first. */
export function databaseId(client: { query(sql: string): Promise<{ rows: { value: string }[] }> }): Promise<string>;
/** Keeps serverDistDir's route cache when it was rendered from database `id`, else drops it and marks it as `id`'s (null: drop, mark nothing). */
export function claimRouteCache(serverDistDir: string | undefined, id: string | null): void;
