import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'forks',
    // One migrated PostgreSQL database per run, copied for each test's own (test/store/testStores.ts).
    globalSetup: ['./test/store/postgresTemplate.ts'],
    reporters: ['default', './test/plainSummaryReporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
