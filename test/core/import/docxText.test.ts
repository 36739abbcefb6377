import { describe, expect, it } from 'vitest';
import { formatNumber, numberedParagraphs } from '../../../electron/core/import/docxNumbering';
import { docxText, restoreNumbering } from '../../../electron/core/import/docxText';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { noticeDocx, plainDocx } from '../../fixtures/import/noticeDocx';

async function text(bytes: Uint8Array): Promise<string> {
  const result = await docxText(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('.docx import', () => {
  it("puts Word's automatic numbering back in front of the numbered paragraphs", async () => {
    const lines = (await text(await noticeDocx())).split('\n').filter(Boolean);
    expect(lines).toEqual([
      '大宁县人民政府文件',
      '大政发〔2025〕9号',
      '大宁县人民政府关于做好2025年汛期安全工作的通知',
      '各乡镇人民政府，县直各有关单位：',
      '为切实做好今年汛期安全工作，现就有关事项通知如下：',
      '一、加强组织领导',
      '（一）压实防汛责任。各乡镇要落实防汛行政首长负责制。（各乡镇人民政府负责）',
      '（二）细化应急预案。修订完善防汛应急预案。（县水利局牵头，县应急管理局配合）',
      '1.排查河道行洪障碍。',
      '2.检查水库安全度汛措施。',
      '二、做好应急保障',
      '（一）充实物资储备。（县应急管理局、县财政局按职责分工负责）',
      '大宁县人民政府',
      '2025年5月6日',
      '（此件公开发布）',
    ]);
  });

  it('gives the parser the clause tree the numbering describes', async () => {
    const notice = parseNotice(await text(await noticeDocx()));
    expect(notice.docNumber?.text).toBe('大政发〔2025〕9号');
    expect(notice.clauses.map((c) => [c.level, c.number])).toEqual([
      [1, '一'],
      [2, '一'],
      [2, '二'],
      [3, '1'],
      [3, '2'],
      [1, '二'],
      [2, '一'],
    ]);
    expect(notice.clauses[2].units.map((u) => [u.name, u.role])).toEqual([
      ['县水利局', 'lead'],
      ['县应急管理局', 'co'],
    ]);
  });

  it('reads a plain document and the text of its tables unchanged', async () => {
    const result = await text(
      await plainDocx(
        ['关于召开防汛会议的通知', '一、会议时间：5月8日'],
        [
          ['序号', '重点任务'],
          ['1', '排查隐患'],
        ],
      ),
    );
    expect(result).toContain('一、会议时间：5月8日');
    expect(result).toContain('排查隐患');
  });

  it('refuses a corrupt file, an encrypted one and an old .doc renamed to .docx', async () => {
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await docxText(new TextEncoder().encode('not a word file'))).toEqual({
      ok: false,
      error: '文件已损坏或不是有效的 Word（.docx）文档',
    });
    expect(await docxText(zipHeaderOnly)).toEqual({ ok: false, error: '文件已损坏或不是有效的 Word（.docx）文档' });
    expect(await docxText(ole)).toMatchObject({ ok: false, error: expect.stringContaining('打开密码') });
  });
});

describe('Word numbering', () => {
  it('formats the number styles Chinese documents use', () => {
    expect(formatNumber(12, 'chineseCounting')).toBe('十二');
    expect(formatNumber(3, 'chineseCountingThousand')).toBe('三');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(7, 'decimalFullWidth')).toBe('７');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(120, 'chineseCounting')).toBe('120');
  });

  it('continues a list across numbering instances, restarts on a start override, and numbers through heading styles', () => {
    const numbering = `<w:numbering>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const styles = `<w:styles><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const p = (props: string, text: string) =>
      `<w:p><w:pPr>${props}<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const numPr = (id: number) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;
    const document = `<w:document><w:body>${[
      p(numPr(1), '甲'),
      p(numPr(2), '乙'),
      p('<w:pStyle w:val="H1x"/>', '丙'),
      p('', '正文 &amp; 说明'),
      p(numPr(3), '丁'),
      p(`<w:pStyle w:val="H1"/>${numPr(0)}`, '戊'),
    ].join('')}</w:body></w:document>`;
    expect(numberedParagraphs(document, numbering, styles)).toEqual([
      { text: '甲', marker: '一、' },
      { text: '乙', marker: '二、' },
      { text: '丙', marker: '三、' },
      { text: '正文 & 说明', marker: '' },
      { text: '丁', marker: '一、' },
      { text: '戊', marker: '' },
    ]);
  });

  it("matches markers to mammoth's paragraphs by text, leaving unmatched paragraphs alone", () => {
    const raw = '标题\n\n加强领导\n\n表格里的字\n\n落实责任\n\n';
    const paragraphs = [
      { text: '标题', marker: '' },
      { text: '加强领导', marker: '一、' },
      { text: '落实责任', marker: '（一）' },
    ];
    expect(restoreNumbering(raw, paragraphs)).toBe('标题\n\n一、加强领导\n\n表格里的字\n\n（一）落实责任\n\n');
  });
});
