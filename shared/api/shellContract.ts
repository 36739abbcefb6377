/**
 * What the host window does for the UI rather than the core: choosing files to import, saving a file
 * the user asked for, opening a link in the system browser. Electron's main process serves these with
 * native dialogs (it opens the dialog and reads or writes the file itself); in browser mode the
 * renderer's transport serves them with a file input and a download.
 */
import { z } from 'zod';
import { bytesSchema } from './fields';
import { method } from './method';

/** A file the user chose, read by the host. */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
}

export const shellContract = {
  /** Let the user choose notice files (many at once); an empty list when they cancel. */
  'shell.chooseNoticeFiles': method(z.object({}))<{ files: ChosenFile[] }>(),
  /** Let the user choose one archive backup (.db) to restore from; null when they cancel. */
  'shell.chooseBackupFile': method(z.object({}))<{ file: ChosenFile | null }>(),
  /** Save bytes where the user chooses; `open` also opens the saved file with its usual program. */
  'shell.saveFile': method(
    z.object({
      fileName: z.string().min(1).max(255),
      mime: z.string().min(1).max(200),
      bytes: bytesSchema,
      open: z.boolean().default(false),
    }),
  )<{ saved: boolean }>(),
  /** Open an http(s) link in the system browser, never inside the app. */
  'shell.openExternal': method(z.object({ url: z.url({ protocol: /^https?$/, message: '只能打开 http 或 https 链接。' }) }))<{
    opened: boolean;
  }>(),
  /** A system notification (今日待办's reminder at start): native in Electron, the page's own toast in a browser. */
  'shell.notify': method(z.object({ title: z.string().trim().min(1).max(60), body: z.string().trim().max(300) }))<{ shown: boolean }>(),
};

export type ShellContract = typeof shellContract;
