import { defineConfig } from 'vitest/config';

// npm run test:browser: the pages in a real Chromium (Debian's package, driven by playwright-core),
// against the real service on its own database. One file at a time: each owns a browser.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/global-database.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
