/**
 * The window duties of the contract served natively: main opens the file dialogs and reads or writes
 * the files itself, so the renderer never hands main a path.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, Notification, shell, type BrowserWindow } from 'electron';
import { fail, ok, type Handlers } from '../../shared/api/method';
import type { ShellContract } from '../../shared/api/shellContract';
import { IMPORT_EXTENSIONS } from '../../shared/api/vocabulary';
import { checkSaveName, mayOpenSaved } from './savedFileTypes';
import { writeWhole } from './writeWhole';

export function shellHandlers(window: () => BrowserWindow | null): Handlers<ShellContract> {
  return {
    async 'shell.chooseNoticeFiles'() {
      const owner = window();
      const options: Electron.OpenDialogOptions = {
        title: '选择要导入的公文',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: `公文（${IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(' ')}）`, extensions: [...IMPORT_EXTENSIONS] }],
      };
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      if (chosen.canceled) return ok({ files: [] });
      const files = [];
      for (const path of chosen.filePaths) {
        try {
          files.push({ fileName: basename(path), bytes: new Uint8Array(await readFile(path)) });
        } catch {
          return fail(`无法读取文件“${basename(path)}”，请确认它存在且没有被其他程序占用。`);
        }
      }
      return ok({ files });
    },
    async 'shell.chooseBackupFile'() {
      const owner = window();
      const options: Electron.OpenDialogOptions = {
        title: '选择要恢复的备份',
        properties: ['openFile'],
        filters: [{ name: '公文台备份（.db）', extensions: ['db'] }],
      };
      const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const [path] = chosen.filePaths;
      if (chosen.canceled || !path) return ok({ file: null });
      try {
        return ok({ file: { fileName: basename(path), bytes: new Uint8Array(await readFile(path)) } });
      } catch {
        return fail(`无法读取文件“${basename(path)}”。`);
      }
    },
    async 'shell.saveFile'({ fileName, bytes, open }) {
      const asked = checkSaveName(fileName);
      if (!asked.ok) return fail(asked.error);
      const owner = window();
      const options: Electron.SaveDialogOptions = {
        title: '保存文件',
        defaultPath: join(app.getPath('documents'), basename(fileName)),
        filters: [{ name: asked.filterName, extensions: [asked.extension] }],
      };
      const target = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (target.canceled || !target.filePath) return ok({ saved: false });
      // The name typed in the dialog is checked too: it must keep the file's own type.
      const chosen = checkSaveName(target.filePath);
      if (!chosen.ok || chosen.extension !== asked.extension) {
        return fail(`没有保存：文件类型须为 .${asked.extension}，请在保存时保留原来的扩展名。`);
      }
      try {
        await writeWhole(target.filePath, bytes);
      } catch {
        return fail('无法保存到这个位置，请换一个文件夹或检查文件是否正被打开。');
      }
      if (open && mayOpenSaved(target.filePath)) {
        const problem = await shell.openPath(target.filePath);
        // The system's reason is not in Chinese; say what the clerk can do instead.
        if (problem) return fail('文件已保存，但无法自动打开，请到保存的文件夹中打开它。');
      }
      return ok({ saved: true });
    },
    async 'shell.openExternal'({ url }) {
      await shell.openExternal(url);
      return ok({ opened: true });
    },
    async 'shell.notify'({ title, body }) {
      if (!Notification.isSupported()) return ok({ shown: false });
      new Notification({ title, body }).show();
      return ok({ shown: true });
    },
  };
}
