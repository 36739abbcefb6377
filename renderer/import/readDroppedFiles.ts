/**
 * What was dropped on the import area: files, and the files inside dropped folders (recursively),
 * keeping only the types the import reads; each other file is kept with the reason it was skipped, so
 * the results list names it.
 */
import { IMPORT_EXTENSIONS } from '../../shared/api/vocabulary';

export interface SkippedFile {
  fileName: string;
  reason: string;
}

export interface DroppedFiles {
  files: File[];
  skipped: SkippedFile[];
}

const FORMATS = IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join('、');

/** Why the import does not read a file of this name; null when it does. */
export function skipReason(name: string): string | null {
  if (name.startsWith('~$')) return '这是 Word/WPS 打开文档时留下的临时文件，不是公文，已跳过';
  if (name.startsWith('.')) return '隐藏文件，已跳过';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (IMPORT_EXTENSIONS.some((accepted) => ext === `.${accepted}`)) return null;
  const what = ext ? `不支持 ${ext} 格式` : '文件没有扩展名，无法判断格式';
  return `${what}，已跳过。可以导入的格式：${FORMATS}`;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
}

async function collect(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
    if (file) out.push(file);
    return;
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns the folder in batches until an empty one.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const child of batch) await collect(child, out);
    }
  }
}

export async function readDroppedFiles(transfer: DataTransfer): Promise<DroppedFiles> {
  const entries = [...transfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry?.() ?? null);
  const all: File[] = [];
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    for (const entry of entries) await collect(entry!, all);
  } else {
    all.push(...transfer.files);
  }
  return acceptedFiles(all);
}

export function acceptedFiles(files: File[]): DroppedFiles {
  const dropped: DroppedFiles = { files: [], skipped: [] };
  for (const file of files) {
    const reason = skipReason(file.name);
    if (reason) dropped.skipped.push({ fileName: file.name, reason });
    else dropped.files.push(file);
  }
  return dropped;
}
