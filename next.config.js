// @ts-check
import { fileURLToPath } from 'node:url';
import { SEGMENT_QUERY_SOURCE } from './lib/search/query-segment.mjs';

// A search query that can travel as one path segment (see rewrites below).
const SEARCH_QUERY = `(?<q>${SEGMENT_QUERY_SOURCE})`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole response, recomputed on every cache hit (~17% of the
  // server's time on a comparison page). Pages carry Cache-Control for CDNs instead.
  generateEtags: false,
  // Types are checked by `npm run typecheck` (part of `npm test`); builds, including the one
  // `npm start` runs once, need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Next's file-system cache plus cache-tag invalidations shared through PostgreSQL, so a
  // save on one app instance refreshes every instance (lib/cache/cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/cache/cache-handler.mjs', import.meta.url)),
  reactStrictMode: true,
  // No next/image anywhere (media come sized from /api/media): /_next/image answers 404, not a 500 for our own URLs.
  images: { unoptimized: true },
  // A server action's body is read whole before the action runs (and any multipart POST to a
  // page is read to see whether it is one), so its limit is what an anonymous request can make
  // the server hold: 3 MB, room for the largest comparison (30 sections of 20,000 characters,
  // 3 bytes each at worst). Photos go to a route handler that checks the session before it
  // reads anything (lib/figures/form-post.ts). The proxy, which runs on /admin only without a
  // session cookie and on mixed-case public URLs, only redirects: it needs no body.
  experimental: { serverActions: { bodySizeLimit: '3mb' }, proxyClientMaxBodySize: '1mb' },
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'sharp', '@node-rs/argon2'],
  // Most searches are served from Next's cache: /search?q=...(&page=N) is rewritten to the cached
  // route app/(public)/search/[query]/[page]. Only queries a path segment carries unchanged are
  // rewritten (1-60 characters, none of / ? # % backslash or control characters, not . or ..),
  // on pages 1-50 (SEARCH_MAX_PAGE); the rest, and the empty search, stay on /search, rendered per
  // request. Checked before the file system, because /search itself is a page.
  async rewrites() {
    const query = { type: 'query', key: 'q', value: SEARCH_QUERY };
    return {
      beforeFiles: [
        { source: '/search', has: [query, { type: 'query', key: 'page', value: '(?<page>[1-9]|[1-4][0-9]|50)' }], destination: '/search/:q/:page' },
        { source: '/search', has: [query], missing: [{ type: 'query', key: 'page' }], destination: '/search/:q/1' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
