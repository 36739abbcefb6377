/**
 * Where the archive lives when no --db is given: the same file the desktop app uses (Electron's
 * userData folder for the product name 公文台), so browser mode opens the office's archive.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = '公文台';
export const DB_FILE_NAME = 'gongwen.db';

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDbPath(): string {
  return join(userDataDir(), DB_FILE_NAME);
}
