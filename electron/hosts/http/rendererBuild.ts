/**
 * Makes sure dist/renderer holds a build of the current renderer sources before browser mode serves
 * it: builds with vite when the build is missing or older than any source (vite's output goes to
 * stderr, so the URL stays the first line on stdout).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SOURCE_DIRS = ['renderer', 'shared'];
const SOURCE_FILES = ['vite.config.ts', 'electron/main/contentSecurityPolicy.ts'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererIsStale(projectRoot: string): boolean {
  const index = join(projectRoot, 'dist/renderer/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((p) => join(projectRoot, p)).filter(existsSync);
  return sources.some((source) => newestMtime(source) > built);
}

export function buildRenderer(projectRoot: string): Promise<void> {
  const viteBin = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
  return new Promise((resolve, reject) => {
    // Always React's production build: a host started by the tests inherits vitest's NODE_ENV=test, and a build
    // made under it (kept, as it is newer than the sources) served the slower development build afterwards.
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      cwd: projectRoot,
      stdio: ['ignore', 2, 2],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`界面构建失败（vite 退出码 ${code}）。`))));
  });
}

/** Builds the renderer when needed; says so on stderr. */
export async function ensureRendererBuilt(projectRoot: string, log: (line: string) => void): Promise<void> {
  if (!rendererIsStale(projectRoot)) return;
  log('正在构建界面（首次启动或界面代码有更新），请稍候…');
  await buildRenderer(projectRoot);
}
