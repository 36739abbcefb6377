/**
 * The main window's options, security first: an isolated, sandboxed renderer without Node, loading
 * only the preload bridge. Pure (no 'electron' import at run time) so a test can check it without
 * the Electron runtime.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** `packaged` (app.isPackaged) turns devTools off: a shipped window cannot be opened up from inside. */
export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '公文台',
    backgroundColor: '#f3f4f6',
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}

/** The renderer is served from this custom, privileged scheme — never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gongwen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True for a URL of our own renderer (IPC senders and navigations are checked with it). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links that may leave the app: http(s) only, opened in the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
