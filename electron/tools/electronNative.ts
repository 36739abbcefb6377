/**
 * better-sqlite3 built for Electron, for `npm start`: node_modules keeps the build for Node (tests,
 * command line, browser mode), and a copy built for the Electron runtime goes to
 * dist/node_modules/better-sqlite3, which the bundled main (dist/electron/main.cjs) finds first.
 * The packaged app does not need this: electron-builder rebuilds its own copy.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const MODULE = 'better-sqlite3';

function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'ignore', timeout: timeoutMs, shell: process.platform === 'win32' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

/** True when dist/node_modules holds better-sqlite3 built for this Electron version (building it if needed). */
export async function ensureElectronNative(projectRoot: string, electronVersion: string): Promise<boolean> {
  const target = join(projectRoot, 'dist/node_modules', MODULE);
  const marker = join(target, '.electron-version');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === electronVersion) return true;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(projectRoot, 'dist/node_modules'), { recursive: true });
  const source = join(projectRoot, 'node_modules', MODULE);
  // Everything but the Node build, which would otherwise be taken for the Electron one.
  cpSync(source, target, { recursive: true, filter: (path) => relative(source, path).split(sep)[0] !== 'build' });
  const bin = (name: string) => join(projectRoot, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  // A prebuilt binary for Electron when one is published, else a local build against Electron's headers.
  const built =
    (await run(
      bin('prebuild-install'),
      ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`],
      target,
      120_000,
    )) ||
    (await run(
      bin('node-gyp'),
      ['rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
      target,
      600_000,
    ));
  if (!built) {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
  writeFileSync(marker, electronVersion);
  return true;
}
