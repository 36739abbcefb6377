/**
 * Writes 收文登记簿 as an .xlsx workbook (exceljs): a title row, bold frozen headers with filters,
 * the rows as the clerk saw them, status cells coloured and overdue 办理期限 in red, set up to print
 * on A4 landscape with the header row repeated.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import type { RegisterExport } from '../../../shared/api/exportContract';
import type { Status } from '../../../shared/api/vocabulary';

const STATUS_FILL: Record<Status, string> = { pending: 'FFFFF4D6', in_progress: 'FFE3EDF8', done: 'FFE3F4E8' };

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
}

export async function registerWorkbook(input: RegisterExport, now = new Date()): Promise<FilePayload> {
  // Loaded on the first workbook: exceljs takes about a second to load, which every core start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公文台';
  workbook.created = now;
  const sheet = workbook.addWorksheet(input.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  const width = input.columns.length;
  sheet.columns = input.columns.map((column) => ({ key: column.id, width: column.width }));

  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = `${input.title}（共 ${input.rows.length} 件）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  const header = sheet.getRow(2);
  input.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F2F5' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: width } };

  const statusColumn = input.columns.findIndex((c) => c.id === 'status');
  const dueColumn = input.columns.findIndex((c) => c.id === 'dueDate');
  input.rows.forEach((row, index) => {
    const excelRow = sheet.getRow(index + 3);
    row.cells.slice(0, width).forEach((text, column) => {
      excelRow.getCell(column + 1).value = text;
    });
    if (statusColumn >= 0) {
      excelRow.getCell(statusColumn + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[row.status] } };
    }
    if (row.overdue && dueColumn >= 0) excelRow.getCell(dueColumn + 1).font = { color: { argb: 'FFC62828' }, bold: true };
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `${input.title}-${stamp(now)}.xlsx`, mime: MIME.xlsx, bytes: new Uint8Array(buffer as ArrayBuffer) };
}
