import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const root = import.meta.dirname;

const alias = {
  '@': root,
  // `server-only` throws outside React Server Components; tests import lib/db directly.
  'server-only': path.resolve(root, 'node_modules/server-only/empty.js'),
};

/**
 * Integration tests call server actions and pages outside a Next.js request. This swaps in
 * test doubles (tests/support/doubles) for what only a request provides: the session
 * (lib/auth/config: auth, signIn, signOut, backed by real users and server-side sessions),
 * the request's headers and cookies (next/headers) and revalidation (next/cache, recorded).
 * The swap happens by resolved file, so relative imports (`./config`) are caught too.
 */
function serverDoubles(): Plugin {
  const doubles = path.resolve(root, 'tests/support/doubles');
  const packages: Record<string, string> = {
    'next/headers': path.join(doubles, 'next-headers.ts'),
    'next/headers.js': path.join(doubles, 'next-headers.ts'),
    'next/cache': path.join(doubles, 'next-cache.ts'),
    'next/cache.js': path.join(doubles, 'next-cache.ts'),
  };
  const files: Record<string, string> = { [path.resolve(root, 'lib/auth/config.ts')]: path.join(doubles, 'auth-config.ts') };
  return {
    name: 'contrast:server-doubles',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (packages[source]) return packages[source];
      // The double itself imports the real module (for its constants).
      if (!importer || importer.startsWith(doubles) || !(source.startsWith('.') || source.startsWith('@/'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && files[resolved.id] ? files[resolved.id] : null;
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        plugins: [serverDoubles()],
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/global-db.ts'],
          setupFiles: ['tests/setup/env.ts'],
          // next-auth's ESM imports `next/server` without an extension, which only a bundler resolves.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
