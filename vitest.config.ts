import { defineConfig } from 'vitest/config';

// Unit and core tests; the end-to-end suite (test/e2e) has its own config and command.
export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts', 'test/core/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
