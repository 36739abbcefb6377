import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitListFile } from '../../../electron/core/units/unitListFile';

async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('机构名录');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading the office’s unit list (机构名录)', () => {
  it('reads an .xlsx: full name first, aliases in the next cells or after 、, the header and 序号 passed over', async () => {
    const bytes = await workbook([
      ['序号', '单位名称', '简称'],
      [1, '大宁县应急管理局', '县应急局'],
      [2, '大宁县发展和改革局', '县发改局、发改局'],
      [3, '大宁县应急管理局', '应急局'],
      [null, null, null],
    ]);
    const result = await readUnitListFile('名录.xlsx', bytes);
    expect(result).toEqual({
      ok: true,
      value: {
        units: [
          { name: '大宁县应急管理局', aliases: ['县应急局', '应急局'], groups: [] },
          { name: '大宁县发展和改革局', aliases: ['县发改局', '发改局'], groups: [] },
        ],
        skipped: 1,
      },
    });
  });

  it('reads a text list, one unit a line with its aliases after a comma or tab', async () => {
    const text = '大宁县应急管理局，县应急局\n\n大宁县住房和城乡建设管理局\t县住建局\n';
    const utf8 = await readUnitListFile('名录.txt', new TextEncoder().encode(text));
    expect(utf8.ok && utf8.value.units.map((u) => u.name)).toEqual(['大宁县应急管理局', '大宁县住房和城乡建设管理局']);
    expect(utf8.ok && utf8.value.units[1].aliases).toEqual(['县住建局']);
  });

  it('says in Chinese what is wrong with a file it cannot use', async () => {
    expect(await readUnitListFile('名录.xlsx', new TextEncoder().encode('not a workbook'))).toEqual({
      ok: false,
      error: expect.stringContaining('无法读取这个表格文件'),
    });
    expect(await readUnitListFile('名录.doc', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, error: expect.stringContaining('.xlsx') });
    expect(await readUnitListFile('空.xlsx', await workbook([['单位名称']]))).toEqual({
      ok: false,
      error: expect.stringContaining('没有找到单位名称'),
    });
  });
});
