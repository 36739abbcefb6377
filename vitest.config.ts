import { defineConfig } from 'vitest/config';

/** Tests of pure code (no database, process, browser or file): they share one module graph per worker. */
const PURE = ['test/shared/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/lint/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two files at a time on two cores: the heavy files mostly wait on LibreOffice, Chromium or a child
    // process, so a second worker fills the other core (vitest's default here would be one). Threads start
    // faster than forks; every native module in use (better-sqlite3) loads in worker threads.
    pool: 'threads',
    maxWorkers: 2,
    reporters: ['default', './test/plainSummaryReporter.ts'],
    projects: [
      // Importing the parser and the domain again for each of some 60 files took more time than their tests.
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      {
        extends: true,
        test: { name: 'host', include: ['test/**/*.test.ts'], exclude: PURE, globalSetup: ['./test/cliBundle.ts'] },
      },
    ],
  },
});
