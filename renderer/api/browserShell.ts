/**
 * The window duties of browser mode, done in the page: a file input to choose notices, a download to
 * save a file, a new tab for a link. Electron's main process serves the same methods natively.
 */
import { ok, type Handlers } from '../../shared/api/method';
import type { ShellContract } from '../../shared/api/shellContract';
import { IMPORT_EXTENSIONS } from '../../shared/api/vocabulary';

function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

export function downloadBytes(fileName: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserShell: Handlers<ShellContract> = {
  async 'shell.chooseNoticeFiles'() {
    const files = await chooseFiles(IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(','), true);
    return ok({
      files: await Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
    });
  },
  async 'shell.chooseBackupFile'() {
    const [file] = await chooseFiles('.db', false);
    return ok({ file: file ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null });
  },
  async 'shell.saveFile'({ fileName, mime, bytes }) {
    downloadBytes(fileName, mime, bytes);
    return ok({ saved: true });
  },
  async 'shell.openExternal'({ url }) {
    // With noopener the browser returns no handle, so there is nothing to check.
    window.open(url, '_blank', 'noopener,noreferrer');
    return ok({ opened: true });
  },
  // The page shows its reminders itself; a browser's notification permission prompt would only get in the way.
  async 'shell.notify'() {
    return ok({ shown: false });
  },
};
