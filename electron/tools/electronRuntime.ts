/**
 * Finding the Electron runtime binary, and fetching it once with electron's own install script where
 * the machine is connected. npm install never downloads it here (allowScripts), so the first
 * `npm start` does; on an offline machine the attempt is cut short by a timeout.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const INSTALL_TIMEOUT_MS = 90_000;

/** The path of the runtime binary, or null when it was never downloaded. */
export function electronBinary(projectRoot: string): string | null {
  try {
    const path = createRequire(join(projectRoot, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function electronVersion(projectRoot: string): string {
  return (createRequire(join(projectRoot, 'package.json'))('electron/package.json') as { version: string }).version;
}

/** Runs node_modules/electron/install.js quietly; true when it finished within the timeout. */
export function installElectron(projectRoot: string): Promise<boolean> {
  const script = join(projectRoot, 'node_modules/electron/install.js');
  if (!existsSync(script)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: join(projectRoot, 'node_modules/electron'),
      stdio: 'ignore',
      timeout: INSTALL_TIMEOUT_MS,
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
