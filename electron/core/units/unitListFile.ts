/**
 * Reads the office's unit list from a file the clerk picks in 设置 → 机构名录: an .xlsx workbook (its first
 * sheet, one unit a row) read with exceljs, or a .txt/.csv list in any of the encodings imports accept.
 */
import type { CellValue } from 'exceljs';
import { fail, ok, type ApiResult } from '../../../shared/api/method';
import { unitsFromRows, unitsFromText, type UnitListResult } from '../../../shared/units/unitList';
import { decodeText } from '../import/decodeText';

const UNREADABLE = '无法读取这个表格文件，请确认它是 Excel 的 .xlsx 文件（.xls 请先另存为 .xlsx）。';

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : String(value.result);
    return '';
  }
  return String(value);
}

async function fromWorkbook(bytes: Uint8Array): Promise<ApiResult<UnitListResult>> {
  // Loaded on the first workbook: exceljs takes about a second to load, which every core start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return fail(UNREADABLE);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail('表格中没有工作表。');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => cellText(v as CellValue)));
  });
  return ok(unitsFromRows(rows));
}

export async function readUnitListFile(fileName: string, bytes: Uint8Array): Promise<ApiResult<UnitListResult>> {
  const lower = fileName.toLowerCase();
  let result: ApiResult<UnitListResult>;
  if (lower.endsWith('.xlsx')) result = await fromWorkbook(bytes);
  else if (lower.endsWith('.txt') || lower.endsWith('.csv')) {
    const text = decodeText(bytes);
    result = text.ok ? ok(unitsFromText(text.text)) : fail(`无法读取“${fileName}”：${text.error}`);
  } else return fail('请选择 .xlsx 表格或 .txt、.csv 文本文件，每行一个单位。');
  if (result.ok && result.value.units.length === 0)
    return fail(`“${fileName}”中没有找到单位名称：请每行写一个单位，第一列为全称，其后为简称。`);
  return result;
}
