/**
 * Bundles the Electron main process and the preload with esbuild into dist/electron/ (main.cjs,
 * preload.cjs). electron and better-sqlite3 (a native module) stay outside the bundle.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

export async function buildElectron(): Promise<void> {
  const common = { bundle: true, format: 'cjs', target: 'node22', sourcemap: true, logLevel: 'warning', legalComments: 'none' } as const;
  await build({
    ...common,
    entryPoints: [resolve(root, 'electron/main/main.ts')],
    outfile: resolve(root, 'dist/electron/main.cjs'),
    platform: 'node',
    external: ['electron', 'better-sqlite3'],
  });
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  await build({
    ...common,
    entryPoints: [resolve(root, 'electron/preload/preload.ts')],
    outfile: resolve(root, 'dist/electron/preload.cjs'),
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
