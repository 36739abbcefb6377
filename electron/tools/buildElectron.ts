/**
 * Bundles the Electron main process, the core process, its import worker and the preload with esbuild
 * into dist/electron/ (main.cjs, core.cjs, prepareWorker.boot.mjs, workbookWorker.boot.mjs, preload.cjs). The runtime dependencies (better-sqlite3, pdfjs-dist, docx, exceljs, mammoth, zod)
 * stay outside the main bundle and are packaged as node_modules; the sandboxed preload is
 * self-contained, as it may require nothing but 'electron'.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

const common = { bundle: true, format: 'cjs', target: 'node22', logLevel: 'warning', legalComments: 'none' } as const;

function runtimeDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return Object.keys(pkg.dependencies);
}

/** How the Node-side bundles (main.cjs, core.cjs) are built: CommonJS, the runtime dependencies left outside. */
export function nodeBundleOptions(): BuildOptions {
  return {
    ...common,
    platform: 'node',
    external: ['electron', ...runtimeDependencies()],
    // Core modules written as ES modules use import.meta; in the CommonJS bundle it is this file.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname' },
    // pdfjs-dist is an ES module: keep import() as import() instead of turning it into require().
    supported: { 'dynamic-import': true },
  };
}

/** Builds into dist/electron, or into `outDir` (a test builds elsewhere, away from dist/node_modules). */
export async function buildElectron(outDir = resolve(root, 'dist/electron')): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const nodeBundle = nodeBundleOptions();
  await build({ ...nodeBundle, entryPoints: [resolve(root, 'electron/main/main.ts')], outfile: resolve(outDir, 'main.cjs') });
  await build({
    ...nodeBundle,
    entryPoints: [resolve(root, 'electron/core/process/coreProcess.ts')],
    outfile: resolve(outDir, 'core.cjs'),
  });
  // The import's reader and the exports' worker thread, where the core looks for them (batch/filePreparer.ts,
  // export/workbookThread.ts): ES modules of their own.
  const workers = [
    ['electron/core/archive/batch/prepareWorker.ts', 'prepareWorker.boot.mjs'],
    ['electron/core/export/workbookWorker.ts', 'workbookWorker.boot.mjs'],
  ];
  for (const [entry, outfile] of workers) {
    await build({
      ...common,
      format: 'esm',
      platform: 'node',
      external: runtimeDependencies(),
      entryPoints: [resolve(root, entry)],
      outfile: resolve(outDir, outfile),
      supported: { 'dynamic-import': true },
    });
  }
  await build({
    ...common,
    entryPoints: [resolve(root, 'electron/preload/preload.ts')],
    outfile: resolve(outDir, 'preload.cjs'),
    platform: 'browser',
    external: ['electron'],
  });
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  buildElectron().catch((error) => {
    process.stderr.write(`打包 Electron 主进程失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
