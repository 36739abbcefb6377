/**
 * The file types the app writes for the user, and which of them it may open afterwards. saveFile
 * refuses any other name (报告.docx.exe), both as asked by the UI and as chosen in the save dialog, so
 * the window can never make main write — let alone open — a program. Pure, so a test can check it.
 */
import { extname } from 'node:path';

/** What the app hands out: documents and the register, original notice files, archive backups. */
const SAVE_NAMES: Record<string, string> = { docx: 'Word 文档', xlsx: 'Excel 工作簿', pdf: 'PDF 文件', txt: '文本文件', db: '数据库备份' };

/** Opened with their usual program after saving; a backup (.db) is only ever saved. */
const OPENABLE = new Set(['docx', 'xlsx', 'pdf', 'txt']);

export type SaveCheck = { ok: true; extension: string; filterName: string } | { ok: false; error: string };

const listed = Object.keys(SAVE_NAMES)
  .map((e) => `.${e}`)
  .join('、');

/** Whether main may write a file of this name (its last extension decides; names with none are refused). */
export function checkSaveName(fileName: string): SaveCheck {
  const extension = extname(fileName).slice(1).toLowerCase();
  const filterName = SAVE_NAMES[extension];
  if (!filterName) return { ok: false, error: `不能保存“${fileName.slice(0, 80)}”：公文台只保存 ${listed} 文件。` };
  return { ok: true, extension, filterName };
}

export function mayOpenSaved(path: string): boolean {
  return OPENABLE.has(extname(path).slice(1).toLowerCase());
}
