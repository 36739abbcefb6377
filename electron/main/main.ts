/**
 * The Electron main process: one instance, the archive in the user's data folder, the renderer from
 * app:// in a sandboxed window, every contract method on IPC (sender checked, arguments validated),
 * native dialogs for files. Bundled to dist/electron/main.cjs by electron/tools/buildElectron.ts.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { shellContract } from '../../shared/api/shellContract';
import { createApi } from '../core/api/createApi';
import { createDispatcher } from '../core/api/dispatcher';
import { createCore, type Core } from '../core/createCore';
import { installAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipcHandlers';
import { shellHandlers } from './shellHandlers';
import { APP_ENTRY, mainWindowOptions } from './windowOptions';

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(app.getAppPath(), 'dist/electron/preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  serveRenderer(join(app.getAppPath(), 'dist/renderer'));
  hardenWebContents();
  try {
    core = createCore({ dbPath: join(app.getPath('userData'), 'gongwen.db') });
  } catch (error) {
    dialog.showErrorBox('公文台无法打开档案', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const dispatchShell = createDispatcher(shellContract, shellHandlers(() => mainWindow));
  registerIpcHandlers(ipcMain, createApi(core), dispatchShell);
  installAppMenu(() => mainWindow);
  createWindow();
  // A rotating automatic backup at each start, off the critical path.
  setTimeout(() => void core?.backup.autoBackup(), 30_000);
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}
