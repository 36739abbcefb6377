/**
 * What was dropped on the import area: files, and the files inside dropped folders (recursively),
 * keeping only the types the import reads; the rest are counted so the clerk is told.
 */
import { IMPORT_EXTENSIONS } from '../../shared/api/vocabulary';

export interface DroppedFiles {
  files: File[];
  skipped: string[];
}

const accepted = (name: string) => IMPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(`.${ext}`));

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
  return { files: all.filter((f) => accepted(f.name)), skipped: all.filter((f) => !accepted(f.name)).map((f) => f.name) };
}

export function acceptedFiles(files: File[]): DroppedFiles {
  return { files: files.filter((f) => accepted(f.name)), skipped: files.filter((f) => !accepted(f.name)).map((f) => f.name) };
}
