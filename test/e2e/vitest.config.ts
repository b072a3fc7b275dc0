import { defineConfig } from 'vitest/config';

// End-to-end suite: real core + browser-mode server in-process, driven through Debian's Chromium.
// One file at a time: each file starts its own browser, and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
