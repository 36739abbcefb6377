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
  mainWindow = new BrowserWindow(mainWindowOptions(join(app.getAppPath(), 'dist/electron/preload.cjs'), app.isPackaged));
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
    const message = error instanceof Error ? error.message : String(error);
    // Migration errors are already Chinese sentences; SQLite's are not.
    const sentence = /[\u4e00-\u9fff]/.test(message) ? message : `档案数据库无法打开或已损坏（${message}）。可以用备份文件替换它，或联系管理员。`;
    dialog.showErrorBox('公文台无法打开档案', sentence);
    app.quit();
    return;
  }
  const dispatchShell = createDispatcher(shellContract, shellHandlers(() => mainWindow));
  registerIpcHandlers(ipcMain, createApi(core), dispatchShell);
  installAppMenu(() => mainWindow);
  createWindow();
  // A rotating automatic backup at each start, off the critical path (never keeping the app alive).
  setTimeout(() => void core?.backup.autoBackup(), 30_000).unref();
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
