// A second "app instance" for tests/integration/cache-handler.test.ts: loads the cache
// handler in its own process (its own tag manifest), then reports when it knows a tag.
// Usage: node tests/support/cache-instance.mjs <tag> [serverDistDir]   (DATABASE_URL must be set)
import TagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import Handler from '../../lib/cache/cache-handler.mjs';

const tag = process.argv[2];
const { tagsManifest } = TagsManifestModule;
const handler = new Handler({ serverDistDir: process.argv[3] ?? '/nonexistent', revalidatedTags: [], maxMemoryCacheSize: 0 });
// A lookup makes the handler load the shared table and start listening.
await handler.get('/warm-up', { kind: 'FETCH', tags: [] }).catch(() => null);
console.log(`ready ${tagsManifest.get(tag)?.expired ?? 0}`);
const started = Date.now();
const timer = setInterval(() => {
  const expired = tagsManifest.get(tag)?.expired;
  if (expired) {
    console.log(`seen ${expired}`);
    process.exit(0);
  }
  if (Date.now() - started > 10_000) {
    console.log('timeout');
    process.exit(1);
  }
}, 20);
timer.unref?.();
setTimeout(() => {}, 11_000);
