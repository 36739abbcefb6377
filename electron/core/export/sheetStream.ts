/**
 * Writes a table-shaped .xlsx (收文登记簿, 督办台账) row by row with exceljs's streaming writer: each row is
 * written out and dropped as it is added, so memory holds the compressed file, not a model of every cell.
 * Each sheet has a title row and a bold, frozen, filtered header row that prints on every page (A4
 * landscape); past a sheet's row limit (Excel's 1,048,576) the rows go on in a next sheet with the same head.
 */
import { PassThrough } from 'node:stream';

export interface SheetColumn {
  header: string;
  width: number;
  /** Long text wrapped in its cell. */
  wrap?: boolean;
}

export interface SheetRow {
  cells: string[];
  /** A cell shaded (a status). */
  fill?: { column: number; argb: string };
  /** A cell in bold red (an overdue deadline). */
  alert?: number;
}

export interface SheetSpec {
  /** The first sheet's name; later sheets get （二）, （三）…. */
  sheetName: string;
  /** The title row's text. */
  title: string;
  columns: SheetColumn[];
  /** Columns kept in view when scrolling sideways. */
  frozenColumns?: number;
  /** Rows a sheet holds, title and header included (Excel's limit unless a test asks for fewer). */
  sheetRows?: number;
}

/** The most rows an Excel sheet holds. */
export const EXCEL_MAX_ROWS = 1_048_576;

const HEAD_ROWS = 2;
const RED = 'FFC62828';
const HEADER_FILL = 'FFF0F2F5';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Excel limits a sheet's name to 31 characters. */
function sheetNameOf(base: string, index: number): string {
  if (index === 0) return base.slice(0, 31);
  const suffix = `（${index < NUMERALS.length ? NUMERALS[index] : index + 1}）`;
  return base.slice(0, 31 - suffix.length) + suffix;
}

export interface SheetStream {
  /** Adds rows in order; resolves once they are written into the file's stream. */
  add(rows: SheetRow[]): Promise<void>;
  /** Closes the file and returns its bytes. */
  finish(): Promise<Uint8Array>;
}

export async function openSheetStream(spec: SheetSpec): Promise<SheetStream> {
  // Loaded on the first workbook: exceljs takes about a second to load, which every core start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = '公文台';
  const rowsPerSheet = Math.max(HEAD_ROWS + 1, Math.min(spec.sheetRows ?? EXCEL_MAX_ROWS, EXCEL_MAX_ROWS)) - HEAD_ROWS;
  const width = spec.columns.length;
  type Sheet = ReturnType<typeof workbook.addWorksheet>;
  let sheet: Sheet | null = null;
  let sheets = 0;
  let inSheet = 0;

  function openSheet(): Sheet {
    const opened = workbook.addWorksheet(sheetNameOf(spec.sheetName, sheets++), {
      views: [{ state: 'frozen', ySplit: HEAD_ROWS, xSplit: spec.frozenColumns ?? 0 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    });
    opened.columns = spec.columns.map((column) => ({ width: column.width }));
    opened.mergeCells(1, 1, 1, width);
    const title = opened.getRow(1);
    title.getCell(1).value = spec.title;
    title.getCell(1).font = { bold: true, size: 14 };
    title.getCell(1).alignment = { horizontal: 'center' };
    title.commit();
    const header = opened.getRow(2);
    spec.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
    });
    header.commit();
    opened.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: width } };
    inSheet = 0;
    return opened;
  }

  function write(row: SheetRow): void {
    if (!sheet || inSheet === rowsPerSheet) {
      sheet?.commit();
      sheet = openSheet();
    }
    const excelRow = sheet.getRow(HEAD_ROWS + ++inSheet);
    for (let column = 0; column < width; column++) {
      const cell = excelRow.getCell(column + 1);
      cell.value = row.cells[column] ?? '';
      if (spec.columns[column].wrap) cell.alignment = { vertical: 'top', wrapText: true };
    }
    if (row.fill) excelRow.getCell(row.fill.column + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: row.fill.argb } };
    if (row.alert !== undefined) excelRow.getCell(row.alert + 1).font = { color: { argb: RED }, bold: true };
    excelRow.commit();
  }

  return {
    async add(rows) {
      for (const row of rows) write(row);
    },
    async finish() {
      if (!sheet) sheet = openSheet();
      sheet.commit();
      await workbook.commit();
      // A file of its own (not a view into Node's shared pool), so the worker can hand it over without a copy.
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      return bytes;
    },
  };
}
