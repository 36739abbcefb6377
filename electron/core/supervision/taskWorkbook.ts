/**
 * 督办台账 as an .xlsx workbook (exceljs): a title row, frozen bold headers with filters, one row per task,
 * 逾期 deadlines in red and done tasks shaded, set up to print on A4 landscape with the header repeated.
 */
import { MIME, type FilePayload } from '../../../shared/api/binary';
import type { TaskRow } from '../../../shared/api/supervisionContract';
import { TASK_STATUS_NAMES } from '../../../shared/api/supervisionVocabulary';

const COLUMNS: { header: string; width: number; value: (t: TaskRow, i: number) => string }[] = [
  { header: '序号', width: 6, value: (_t, i) => String(i + 1) },
  { header: '文号', width: 20, value: (t) => t.noticeDocNumber ?? '' },
  { header: '文件标题', width: 30, value: (t) => t.noticeTitle ?? '' },
  { header: '条款', width: 8, value: (t) => t.clause.path },
  { header: '任务内容', width: 40, value: (t) => t.clause.heading || t.clause.text },
  { header: '责任单位', width: 16, value: (t) => t.unit },
  { header: '角色', width: 6, value: (t) => (t.role === 'lead' ? '牵头' : '配合') },
  { header: '完成时限', width: 12, value: (t) => t.due ?? '' },
  { header: '状态', width: 8, value: (t) => TASK_STATUS_NAMES[t.overdue ? 'overdue' : t.status] },
  { header: '联系人', width: 16, value: (t) => t.contact ?? '' },
  { header: '反馈', width: 40, value: (t) => t.feedback.map((f) => `${f.date} ${f.text}`).join('\n') },
];

export async function taskWorkbook(tasks: TaskRow[], today: string): Promise<FilePayload> {
  // Loaded on the first workbook: exceljs takes about a second to load, which every core start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公文台';
  const sheet = workbook.addWorksheet('督办台账', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `督办台账（截至 ${today}，共 ${tasks.length} 项）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F2F5' } };
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };
  tasks.forEach((task, index) => {
    const row = sheet.getRow(index + 3);
    COLUMNS.forEach((c, i) => {
      row.getCell(i + 1).value = c.value(task, index);
      row.getCell(i + 1).alignment = { vertical: 'top', wrapText: i === 4 || i === 10 };
    });
    if (task.overdue) row.getCell(8).font = { color: { argb: 'FFC62828' }, bold: true };
    if (task.status === 'done') row.getCell(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F4E8' } };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `督办台账-${today.replaceAll('-', '')}.xlsx`, mime: MIME.xlsx, bytes: new Uint8Array(buffer as ArrayBuffer) };
}
