/**
 * The command line built once for the whole run (vitest globalSetup): tests that run `npm run cli` as a
 * clerk would, in a process of its own, start this bundle with plain node instead of compiling the
 * TypeScript sources through tsx at every start (0.4 s a start instead of 1.2 s here). The import's reader
 * process is bundled beside it, where the command line looks for it; cores made inside tests start that
 * bundle too (readerBundleUrl) rather than compiling the reader at each core's first import.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string;
    readerBundle: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..');
// Inside the project, so the bundle's imports of packages resolve to its node_modules.
const OUT_DIR = resolve(ROOT, 'node_modules/.cache/gongwen-test-cli');

export default async function buildCliBundle(project: TestProject): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' } as const;
  await Promise.all([
    build({ ...common, entryPoints: [resolve(ROOT, 'electron/hosts/cli/main.ts')], outfile: resolve(OUT_DIR, 'cli.mjs') }),
    build({
      ...common,
      entryPoints: [resolve(ROOT, 'electron/core/archive/batch/prepareWorker.ts')],
      outfile: resolve(OUT_DIR, 'prepareWorker.boot.mjs'),
    }),
  ]);
  project.provide('cliBundle', resolve(OUT_DIR, 'cli.mjs'));
  project.provide('readerBundle', resolve(OUT_DIR, 'prepareWorker.boot.mjs'));
}

/** The import's reader process from the bundle: a core made in a test starts it without compiling the sources. */
export function readerBundleUrl(): URL {
  return pathToFileURL(inject('readerBundle'));
}

/** The command and arguments that run `npm run cli -- ...args` from the bundle. */
export function cliCommand(...args: string[]): [string, string[]] {
  return [process.execPath, [inject('cliBundle'), ...args]];
}
