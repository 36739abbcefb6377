/**
 * What tests start in processes of their own, built once for the whole run (vitest globalSetup) and started
 * with plain node instead of compiling the TypeScript sources through tsx at every start (0.4 s a start
 * instead of 1.2 s here):
 * - the command line, for tests that run `npm run cli` as a clerk would;
 * - the import's reader process, beside the command line where it looks for it; cores made inside tests
 *   start it too (readerBundleUrl) rather than compiling the reader at each core's first import;
 * - the core process (core.cjs, built as the app ships it), for tests that fork a core (coreBundleEntry);
 * - browser mode's host (webCommand), which finds core.cjs beside it and so starts the bundled core, as the
 *   shipped hosts do, instead of compiling the core and its reader through tsx;
 * - the tests' own child scripts (CHILD_SCRIPTS), started through childCommand.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { nodeBundleOptions } from '../electron/tools/buildElectron';
import { isProcessRunning } from '../electron/core/process/processRunning';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string;
    readerBundle: string;
    coreBundle: string;
    webBundle: string;
    childBundles: Record<string, string>;
  }
}

const ROOT = resolve(import.meta.dirname, '..');
// Inside the project, so the bundle's imports of packages resolve to its node_modules; three folders down, as
// electron/hosts/http is, so browser mode's host finds the project (and its renderer build) from here too.
// One folder per run, so two runs in one checkout do not rebuild each other's bundles under their feet.
const CACHE_DIR = resolve(ROOT, 'node_modules/.cache');
const RUN_PREFIX = 'gongwen-test-cli-';
const OUT_DIR = resolve(CACHE_DIR, RUN_PREFIX + process.pid);

/** Scripts tests run as second processes on one archive, by their path from the project root. */
const CHILD_SCRIPTS = ['test/core/archive/registerWorker.ts', 'test/core/drafting/allocateWorker.ts', 'test/core/backup/archiveChild.ts'];

/** Bundles left by runs that were killed before their teardown. */
function removeStaleBundles(): void {
  let names: string[];
  try {
    names = readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.slice(RUN_PREFIX.length));
    if (name.startsWith(RUN_PREFIX) && Number.isInteger(pid) && pid > 0 && !isProcessRunning(pid)) {
      rmSync(resolve(CACHE_DIR, name), { recursive: true, force: true });
    }
  }
}

export default async function buildTestBundles(project: TestProject): Promise<() => void> {
  removeStaleBundles();
  rmSync(OUT_DIR, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' } as const;
  const childBundles = Object.fromEntries(CHILD_SCRIPTS.map((script) => [script, resolve(OUT_DIR, basename(script, '.ts') + '.mjs')]));
  await Promise.all([
    build({ ...common, entryPoints: [resolve(ROOT, 'electron/hosts/cli/main.ts')], outfile: resolve(OUT_DIR, 'cli.mjs') }),
    build({
      ...common,
      entryPoints: [resolve(ROOT, 'electron/core/archive/batch/prepareWorker.ts')],
      outfile: resolve(OUT_DIR, 'prepareWorker.boot.mjs'),
    }),
    // Where the bundled core and hosts look for the exports' worker thread.
    build({
      ...common,
      entryPoints: [resolve(ROOT, 'electron/core/export/workbookWorker.ts')],
      outfile: resolve(OUT_DIR, 'workbookWorker.boot.mjs'),
    }),
    // Beside prepareWorker.boot.mjs, where the bundled core looks for its reader.
    build({
      ...nodeBundleOptions(),
      entryPoints: [resolve(ROOT, 'electron/core/process/coreProcess.ts')],
      outfile: resolve(OUT_DIR, 'core.cjs'),
    }),
    build({ ...common, entryPoints: [resolve(ROOT, 'electron/hosts/http/main.ts')], outfile: resolve(OUT_DIR, 'web.mjs') }),
    ...CHILD_SCRIPTS.map((script) => build({ ...common, entryPoints: [resolve(ROOT, script)], outfile: childBundles[script] })),
  ]);
  project.provide('cliBundle', resolve(OUT_DIR, 'cli.mjs'));
  project.provide('readerBundle', resolve(OUT_DIR, 'prepareWorker.boot.mjs'));
  project.provide('coreBundle', resolve(OUT_DIR, 'core.cjs'));
  project.provide('webBundle', resolve(OUT_DIR, 'web.mjs'));
  project.provide('childBundles', childBundles);
  return () => rmSync(OUT_DIR, { recursive: true, force: true });
}

/** The import's reader process from the bundle: a core made in a test starts it without compiling the sources. */
export function readerBundleUrl(): URL {
  return pathToFileURL(inject('readerBundle'));
}

/** The command and arguments that run `npm run cli -- ...args` from the bundle. */
export function cliCommand(...args: string[]): [string, string[]] {
  return [process.execPath, [inject('cliBundle'), ...args]];
}

/** The command and arguments that run `npm run web -- ...args` from the bundle. */
export function webCommand(...args: string[]): [string, string[]] {
  return [process.execPath, [inject('webBundle'), ...args]];
}

/** The bundled core process, for forkCore: what the packaged app's hosts start. */
export function coreBundleEntry(): { file: string; execArgv: string[] } {
  return { file: inject('coreBundle'), execArgv: [] };
}

/** The command and arguments that run one of CHILD_SCRIPTS (given by its absolute path) from its bundle. */
export function childCommand(script: string, ...args: string[]): [string, string[]] {
  const bundle = inject('childBundles')[relative(ROOT, script)];
  if (!bundle) throw new Error(`${script} is not among the child scripts bundled in test/cliBundle.ts`);
  return [process.execPath, [bundle, ...args]];
}
