// Types for cache-handler.mjs (plain JavaScript because Next imports it at run time).
export default class SharedTagsCacheHandler {
  constructor(context: { serverDistDir: string; revalidatedTags: string[]; maxMemoryCacheSize?: number; fs?: unknown; flushToDisk?: boolean });
  get(key: string, context: { kind: string; tags?: string[] }): Promise<unknown>;
  set(key: string, data: unknown, context: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
