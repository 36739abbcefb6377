import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['./test/cliBundle.ts'],
    // Two files at a time on two cores: the heavy files mostly wait on LibreOffice, Chromium or a child
    // process, so a second worker fills the other core (vitest's default here would be one). Threads start
    // faster than forks; every native module in use (better-sqlite3) loads in worker threads.
    pool: 'threads',
    maxWorkers: 2,
    reporters: ['default', './test/plainSummaryReporter.ts'],
  },
});
