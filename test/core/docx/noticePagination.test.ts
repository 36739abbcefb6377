/**
 * Pagination of notices of many lengths as LibreOffice lays them out: 署名 and 成文日期 on one page with
 * 正文 above them, the 附注 never opening a page, and the 版记 on the last page, which is even.
 */
import { describe, expect, it } from 'vitest';
import { issuerMarkLayout, noticeDocx } from '../../../electron/core/docx/noticeDocx';
import { estimatePageEnd, paragraphLines } from '../../../electron/core/docx/noticePagination';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import type { NoticeDocument } from '../../../shared/drafting/noticeDocument';
import { NOTICE_TEMPLATE, daningDraft } from '../../shared/drafting/draftFixtures';
import { convertAllWithLibreOffice, type RenderedLine } from './libreOffice';

const REMARK = '（此件公开发布）';

/** Notices whose text ends on every line of a page, over several pages: whole clauses and one cut short. */
function noticesOfManyLengths(): NoticeDocument[] {
  const draft = { ...daningDraft(), docNumber: '大政发〔2025〕3号', remark: REMARK };
  const out: NoticeDocument[] = [];
  for (const n of [3, 9]) {
    const extra = draft.clauses[n];
    for (let length = 0; length <= 420; length += 28) {
      const clauses = [...draft.clauses.slice(0, n), { ...extra, text: extra.text.repeat(3).slice(0, length + 13) }];
      const attachments = out.length % 3 === 0 ? ['大宁县安全生产责任清单'] : [];
      out.push(draftToNoticeDocument({ ...draft, clauses, attachments }, NOTICE_TEMPLATE));
    }
  }
  return out;
}

describe('pagination in LibreOffice', () => {
  const notices = noticesOfManyLengths();

  it('keeps 署名 and 成文日期 with 正文, the 附注 with them, and the 版记 on an even last page', async () => {
    const docs = await Promise.all(notices.map(async (doc, i) => ({ docx: await noticeDocx(doc), name: `length-${i}` })));
    const pdfs = convertAllWithLibreOffice(docs);
    expect(pdfs.length).toBeGreaterThanOrEqual(30);
    pdfs.forEach((pdf, i) => {
      expect(pdf.ok, pdf.log).toBe(true);
      const text = (l: RenderedLine) => l.text.replace(/\s/g, '');
      const find = (s: string) => pdf.lines.filter((l) => text(l) === s).at(-1)!;
      const signature = find('大宁县人民政府');
      const date = find('2025年4月20日');
      const remark = find(REMARK);
      const record = pdf.lines.find((l) => text(l).startsWith('抄送'))!;
      const where = `length-${i}`;
      expect(date.page, where).toBe(signature.page);
      expect(remark.page, where).toBe(date.page);
      const onSignaturePage = pdf.lines.filter((l) => l.page === signature.page && !/^—\d+—$/.test(text(l)));
      expect(onSignaturePage.indexOf(signature), where).toBeGreaterThan(0);
      expect(record.page, where).toBe(pdf.pages);
      expect(pdf.pages % 2, where).toBe(0);
      // The estimate that decides where the 版记 goes agrees with LibreOffice on where the text ends.
      const end = estimatePageEnd(notices[i], issuerMarkLayout, 20);
      expect(end.page, where).toBe(remark.page);
      // Where the closing block would end within a line of the foot, the last 正文 paragraph opens the
      // next page by its own break, right after the text before it (no empty page between).
      if (end.closingOnNewPage) {
        const lastParagraph = pdf.lines.find((l) => text(l).startsWith('各乡镇、县直各部门要按照本通知要求'))!;
        expect(
          pdf.lines.find((l) => l.page === lastParagraph.page),
          where,
        ).toBe(lastParagraph);
        expect(
          pdf.lines.some((l) => l.page === lastParagraph.page - 1 && !/^—\d+—$/.test(text(l))),
          where,
        ).toBe(true);
      }
    });
  }, 240_000);

  it('counts a paragraph’s lines as 28 characters to the line after a 2-字 indent', () => {
    expect(paragraphLines('一'.repeat(26))).toBe(1);
    expect(paragraphLines('一'.repeat(27))).toBe(2);
    // Closing punctuation hangs at the end of a full line rather than starting the next.
    expect(paragraphLines(`${'一'.repeat(26)}。`)).toBe(1);
    expect(paragraphLines('一'.repeat(26 + 28 + 1))).toBe(3);
  });

  it('sets curly quotes a full 字 wide, as the East Asian font does', () => {
    // 23 Chinese characters and two pairs of quotes: 27 字 after the indent's 2, two lines (at half a 字, one).
    expect(paragraphLines(`${'一'.repeat(11)}“一”${'一'.repeat(10)}“一”`)).toBe(2);
    expect(paragraphLines(`${'一'.repeat(10)}“一”${'一'.repeat(10)}“一”`)).toBe(1);
    expect(paragraphLines(`${'一'.repeat(23)}——……`)).toBe(2);
  });

  it('breaks lines as LibreOffice does around punctuation that may not end or begin a line', () => {
    // A stop or pause hangs past the margin.
    for (const mark of '、，。；：') expect(paragraphLines(`${'一'.repeat(26)}${mark}一`), mark).toBe(2);
    expect(paragraphLines(`${'一'.repeat(26)}，${'一'.repeat(27)}`)).toBe(2);
    // A closing bracket or quote does not hang: the character before it goes down with it.
    for (const mark of '）》”') expect(paragraphLines(`${'一'.repeat(26)}${mark}${'一'.repeat(27)}`), mark).toBe(3);
    // An opening bracket or quote never ends a line: it goes down with the character after it.
    for (const mark of '（《“') expect(paragraphLines(`${'一'.repeat(25)}${mark}${'一'.repeat(28)}`), mark).toBe(3);
    expect(paragraphLines(`${'一'.repeat(25)}一${'一'.repeat(28)}`)).toBe(2);
  });
});
