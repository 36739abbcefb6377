import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinLines, pdfText } from '../../../electron/core/import/pdfText';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { FIXTURES_DIR } from '../../corpus';

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES_DIR, 'import', name)));

describe('.pdf import', () => {
  it('reads a PDF with a text layer line by line, top to bottom', async () => {
    const result = await pdfText(fixture('notice.pdf'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.text.split('\n');
    expect(lines[0]).toBe('大宁县人民政府文件');
    expect(lines).toContain('（二） 细化应急预案。修订完善防汛应急预案。（县水利局牵头，县应急管理局配合）');
    const notice = parseNotice(result.text);
    expect(notice.docNumber?.text).toBe('大政发〔2025〕9号');
    expect(notice.clauses.map((c) => c.number)).toEqual(['一', '一', '二', '1', '2', '二', '一']);
  });

  it("reads Chinese set in a non-embedded font through pdfjs's CMaps", async () => {
    const result = await pdfText(fixture('cjk-cmap.pdf'));
    expect(result).toMatchObject({ ok: true, text: expect.stringContaining('吉政发〔2025〕5号\n吉县人民政府关于做好防汛工作的通知') });
  });

  it('refuses a scan without text, an encrypted file and a corrupt one, each with its reason', async () => {
    expect(await pdfText(fixture('scanned.pdf'))).toMatchObject({ ok: false, error: expect.stringContaining('扫描件') });
    expect(await pdfText(fixture('encrypted.pdf'))).toEqual({ ok: false, error: 'PDF 设有打开密码，请去掉密码后再导入' });
    const truncated = fixture('notice.pdf').slice(0, 3000);
    expect(await pdfText(truncated)).toMatchObject({ ok: false });
    expect(await pdfText(new TextEncoder().encode('%PDF-1.7\nnothing here'))).toEqual({ ok: false, error: '文件已损坏或不是有效的 PDF' });
  });
});

describe('joining PDF text items into lines', () => {
  const item = (str: string, x: number, y: number, width = str.length * 16) => ({ str, x, y, width, size: 16 });

  it('puts items of one baseline together in x order and separates lines by y', () => {
    expect(joinLines([item('工作的通知', 152, 700), item('关于做好', 88, 700.4), item('各乡镇：', 72, 670)])).toEqual([
      '关于做好工作的通知',
      '各乡镇：',
    ]);
  });

  it('turns a wide gap on a line into a space', () => {
    expect(joinLines([item('抄送：', 72, 100), item('县委办公室', 300, 100)])).toEqual(['抄送： 县委办公室']);
  });
});
