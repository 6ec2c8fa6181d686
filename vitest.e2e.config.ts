import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in headless Debian Chromium (test/e2e/README.md). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
