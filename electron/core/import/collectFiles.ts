/**
 * The files an import of PATH... covers: files as given, and folders walked recursively for notice files
 * (.txt/.docx/.doc/.wps/.pdf/.ofd, and .rtf so the clerk learns why it was not read); other files in a
 * folder (images, spreadsheets) are counted as skipped, not failed. Hidden files and Word's
 * "~$" lock files are left out. A path that does not exist is kept so it can be reported as failed.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isNoticeFile } from './extractText';

export interface CollectedFiles {
  files: string[];
  /** Files inside the folders that are not notices import reads (images, spreadsheets, …). */
  skipped: string[];
}

const ignored = (name: string) => name.startsWith('.') || name.startsWith('~$');

async function walk(folder: string, into: CollectedFiles): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    into.files.push(folder);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile()) (isNoticeFile(entry.name) ? into.files : into.skipped).push(path);
  }
}

export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], skipped: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, collected);
    else if (!ignored(basename(path)) || info === null) collected.files.push(path);
  }
  return collected;
}
