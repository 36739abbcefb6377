/**
 * The Electron main process: one instance, windows, menus and native dialogs. The archive (in the
 * user's data folder) and every service live in the core's utilityProcesses (a writer and a reader,
 * core/process/readerRouting.ts); main checks each IPC sender and forwards the call there, where its
 * arguments are validated. A crashed core process is reported and restarted. Bundled to dist/electron/main.cjs by electron/tools/buildElectron.ts.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { shellContract } from '../../shared/api/shellContract';
import { createDispatcher } from '../core/api/dispatcher';
import { scheduleAutomaticBackups } from '../core/backup/backupSchedule';
import type { CoreClient } from '../core/process/coreClient';
import { startCoreWithReader } from '../core/process/readerRouting';
import { installAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { startCoreUtility } from './coreUtility';
import { hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipcHandlers';
import { shellHandlers } from './shellHandlers';
import { APP_ENTRY, mainWindowOptions } from './windowOptions';

let mainWindow: BrowserWindow | null = null;
let core: CoreClient | null = null;
let quitting = false;

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(app.getAppPath(), 'dist/electron/preload.cjs'), app.isPackaged));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // The page refuses to unload while a form or draft has unsaved edits; Electron would then silently keep
  // the window open, so the clerk is asked here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const owner = mainWindow;
    const options = {
      type: 'question' as const,
      buttons: ['离开', '留下'],
      defaultId: 1,
      cancelId: 1,
      title: '公文台',
      message: '有未保存的修改，离开后将丢失。确定离开吗？',
    };
    if ((owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options)) === 0) event.preventDefault();
  });
  void mainWindow.loadURL(APP_ENTRY);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Told without blocking the window: the core is already being restarted (or was given up on). */
function reportCrash(message: string): void {
  const options = { type: 'warning' as const, title: '公文台', message };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  serveRenderer(join(app.getAppPath(), 'dist/renderer'));
  hardenWebContents();
  const dbPath = join(app.getPath('userData'), 'gongwen.db');
  core = startCoreWithReader({ start: (role) => startCoreUtility(dbPath, role), onCrash: reportCrash });
  try {
    await core.ready;
  } catch (error) {
    // The core process says why in a Chinese sentence.
    dialog.showErrorBox('公文台无法打开档案', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const dispatchShell = createDispatcher(
    shellContract,
    shellHandlers(() => mainWindow),
  );
  registerIpcHandlers(ipcMain, core.dispatch, dispatchShell);
  installAppMenu(() => mainWindow);
  createWindow();
  // Rotating automatic backups: shortly after start, then daily (browser mode does the same).
  const client = core;
  scheduleAutomaticBackups(() => client.dispatch('backup.create', {}), { onFailure: (message) => console.error(message) });
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  // The core closes the archive before the app exits.
  app.on('will-quit', (event) => {
    if (!core || quitting) return;
    quitting = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
}
