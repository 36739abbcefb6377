/**
 * The window duties of the contract served natively: main opens the file dialogs and reads or writes
 * the files itself, so the renderer never hands main a path.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { fail, ok, type Handlers } from '../../shared/api/method';
import type { ShellContract } from '../../shared/api/shellContract';
import { IMPORT_EXTENSIONS } from '../../shared/api/vocabulary';

const FILTER_NAMES: Record<string, string> = { docx: 'Word 文档', xlsx: 'Excel 工作簿', pdf: 'PDF 文件', txt: '文本文件', db: '数据库备份' };

export function shellHandlers(window: () => BrowserWindow | null): Handlers<ShellContract> {
  return {
    async 'shell.chooseNoticeFiles'() {
      const owner = window();
      const options: Electron.OpenDialogOptions = {
        title: '选择要导入的公文',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: '公文（.txt .docx .pdf）', extensions: [...IMPORT_EXTENSIONS] }],
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
      const owner = window();
      const extension = extname(fileName).slice(1).toLowerCase();
      const options: Electron.SaveDialogOptions = {
        title: '保存文件',
        defaultPath: join(app.getPath('documents'), basename(fileName)),
        filters: extension ? [{ name: FILTER_NAMES[extension] ?? `.${extension} 文件`, extensions: [extension] }] : [],
      };
      const target = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (target.canceled || !target.filePath) return ok({ saved: false });
      try {
        await writeFile(target.filePath, bytes);
      } catch {
        return fail('无法保存到这个位置，请换一个文件夹或检查文件是否正被打开。');
      }
      if (open) {
        const problem = await shell.openPath(target.filePath);
        if (problem) return fail(`文件已保存，但无法自动打开：${problem}`);
      }
      return ok({ saved: true });
    },
    async 'shell.openExternal'({ url }) {
      await shell.openExternal(url);
      return ok({ opened: true });
    },
  };
}
