/**
 * Where the archive lives when no path is given: the user's data folder — %APPDATA%\gongwendesk on
 * Windows, ~/Library/Application Support/gongwendesk on macOS, $XDG_DATA_HOME (or ~/.local/share)/gongwendesk
 * elsewhere. GONGWEN_DB overrides it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'gongwendesk';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), APP_FOLDER);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env.GONGWEN_DB || join(defaultDataDir(env, platform), 'archive.db');
}
