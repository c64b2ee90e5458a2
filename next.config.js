// @ts-check
import { fileURLToPath } from 'node:url';

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
