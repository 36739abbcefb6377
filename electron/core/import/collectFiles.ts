/**
 * The files an import of PATH... covers: files as given, and folders walked recursively for notice files
 * (.txt/.docx/.doc/.wps/.pdf/.ofd, and .rtf so the clerk learns why it was not read). Every other entry of
 * a folder is skipped with its reason: other formats (images, spreadsheets), hidden files and Word's "~$"
 * lock files, symbolic links (never followed: they can point anywhere, or loop), devices, pipes and
 * sockets. A path that does not exist is kept so it can be reported as failed.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SkippedEntry } from '../../../shared/api/localContract';
import { isNoticeFile } from './extractText';

export interface CollectedFiles {
  files: string[];
  skipped: SkippedEntry[];
}

type EntryKind = Pick<Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink'>;

/** Why an entry is left out, or null when it is read (a notice file) or walked (a folder). */
export function skipReason(name: string, kind: EntryKind): string | null {
  if (kind.isSymbolicLink()) return '符号链接（快捷方式），为安全起见不跟随';
  if (name.startsWith('~$')) return 'Word/WPS 打开文档时留下的临时文件';
  if (name.startsWith('.')) return kind.isDirectory() ? '隐藏文件夹' : '隐藏文件';
  if (kind.isDirectory()) return null;
  if (!kind.isFile()) return '不是普通文件（设备、管道或套接字）';
  return isNoticeFile(name) ? null : '不是可导入的公文格式（如图片、表格）';
}

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
    const path = join(folder, entry.name);
    const reason = skipReason(entry.name, entry);
    if (reason) into.skipped.push({ path, reason });
    else if (entry.isDirectory()) await walk(path, into);
    else into.files.push(path);
  }
}

export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], skipped: [] };
  for (const path of paths) {
    // A path named on purpose is followed if it is a link, and read whatever its format (its reader explains).
    const info = await stat(path).catch(() => null);
    const name = basename(path);
    if (info?.isDirectory()) await walk(path, collected);
    else if (info && (name.startsWith('.') || name.startsWith('~$'))) collected.skipped.push({ path, reason: skipReason(name, info)! });
    else collected.files.push(path);
  }
  return collected;
}
