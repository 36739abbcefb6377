/**
 * Where the archive lives when no path is given: the file the desktop app uses — Electron's userData folder
 * for the product 公文台 (%APPDATA%\公文台\gongwen.db on Windows, ~/Library/Application Support/公文台 on
 * macOS, $XDG_CONFIG_HOME or ~/.config/公文台 elsewhere) — so what the command line imports, the app shows.
 * GONGWEN_DB overrides it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = '公文台';
const DB_FILE_NAME = 'gongwen.db';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GONGWEN_DB) return env.GONGWEN_DB;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME, DB_FILE_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME, DB_FILE_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME, DB_FILE_NAME);
}
