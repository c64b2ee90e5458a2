import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (apt-get install chromium); Playwright's own browser download is not
// possible on our machines. With CI=true a missing browser fails the run.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasBrowser = existsSync(chromium);
if (!hasBrowser) {
  const message = `No Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message} Skipping the end-to-end tests.`);
}

// Specs that change demo content other specs read, run after everything else.
const EDITS_SHARED_CONTENT = /admin-reports\.spec\.ts$/;
// Specs that watch the cache between two requests: any figure another spec saves meanwhile expires
// every kept search result (tag `search`), so they run last, alone.
const WATCHES_THE_CACHE = /caching\.spec\.ts$/;

const port = Number(process.env.E2E_PORT ?? 3005);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    {
      name: 'chromium',
      testMatch: hasBrowser ? '**/*.spec.ts' : [],
      testIgnore: [EDITS_SHARED_CONTENT, WATCHES_THE_CACHE],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // The reports scenario applies a reader's correction to Stalin's "Years in Power", a value
    // other specs compare exactly; it runs once they are all done.
    {
      name: 'chromium-shared-content',
      testMatch: hasBrowser ? EDITS_SHARED_CONTENT : [],
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'chromium-cache',
      testMatch: hasBrowser ? WATCHES_THE_CACHE : [],
      dependencies: ['chromium-shared-content'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: hasBrowser
    ? {
        command: 'node --conditions=react-server --import tsx scripts/e2e-server.ts',
        url: `http://127.0.0.1:${port}/api/health`,
        timeout: 240_000,
        reuseExistingServer: false,
        // SIGTERM lets scripts/e2e-server.ts drop its database on the way out.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        stdout: 'pipe',
        stderr: 'pipe',
        env: { E2E_PORT: String(port) },
      }
    : undefined,
});
