import { describe, expect, it } from 'vitest';
import noticeJson from '../../../resources/templates/notice.json';
import taskTableJson from '../../../resources/templates/task-table.json';
import { fillUserTemplate } from '../../../electron/core/docx/userTemplate';
import { draftToNoticeDocument } from '../../../shared/drafting/draftRender';
import { taskTableFromDraft } from '../../../shared/drafting/taskTable';
import { noticeTemplateSchema, taskTableTemplateSchema } from '../../../shared/drafting/templates';
import { daningDraft } from '../../shared/drafting/draftFixtures';
import { attr, paragraphs, readDocx } from './docxInspect';
import { convertWithLibreOffice, inOrder } from './libreOffice';
import { templateDocx } from './templateFixture';

const notice = draftToNoticeDocument(daningDraft(), noticeTemplateSchema.parse(noticeJson));
const tasks = taskTableFromDraft(daningDraft(), taskTableTemplateSchema.parse(taskTableJson)).rows;

const officeTemplate = (styles?: string) =>
  templateDocx({
    paragraphs: [
      ['大宁县人民政府文件'],
      // Word splits a tag over runs after an edit: "{{文", "号}}".
      ['{{文', '号}}'],
      ['{{标题}}'],
      ['{{主送}}：'],
      ['{{正文}}'],
      ['{{附件说明}}'],
      ['{{署名}}'],
      ['{{成文日期}}'],
      ['抄送：{{抄送}}。'],
      ['{{印发机关}}　　{{印发日期}}印发'],
    ],
    tableRow: [['{{#任务}}{{序号}}'], ['{{任务}}'], ['{{牵头单位}}'], ['{{配合单位}}'], ['{{完成时限}}{{/任务}}']],
    styles,
  });

describe('an office .docx template', () => {
  it('is filled: split tags, the body as paragraphs with GB/T 9704 level fonts, one table row per task', async () => {
    const filled = fillUserTemplate(officeTemplate(), { notice, tasks });
    expect(filled.ok, filled.ok ? '' : filled.error).toBe(true);
    if (!filled.ok) return;
    const docx = await readDocx(filled.value);
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts).toContain(notice.docNumber);
    expect(texts).toContain(notice.title);
    expect(docx.document).not.toContain('{{');
    const level1 = paragraphs(docx.document).find((p) => p.text.startsWith('一、'))!;
    expect(attr(level1.xml, 'rFonts', 'eastAsia')).toBe('黑体');
    const level2 = paragraphs(docx.document).find((p) => p.text.startsWith('（一）'))!;
    expect(attr(level2.xml, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    expect(level2.xml).toContain('w:firstLineChars="200"');
    expect((docx.document.match(/<w:tr>/g) ?? []).length).toBe(tasks.length);
    expect(texts).toContain(`抄送：${notice.cc.join('，')}。`);
  });

  it('takes the level formatting from the template where it defines 一级标题 and 二级标题', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="一级标题"/><w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="L2"><w:name w:val="二级标题"/><w:rPr><w:rFonts w:eastAsia="方正楷体_GBK"/></w:rPr></w:style>';
    const filled = fillUserTemplate(officeTemplate(styles), { notice, tasks });
    expect(filled.ok).toBe(true);
    if (!filled.ok) return;
    const docx = await readDocx(filled.value);
    const level1 = paragraphs(docx.document).find((p) => p.text.startsWith('一、'))!;
    expect(attr(level1.xml, 'pStyle', 'val')).toBe('L1');
    const level2 = paragraphs(docx.document).find((p) => p.text.startsWith('（一）'))!;
    expect(attr(level2.xml, 'rFonts', 'eastAsia')).toBe('方正楷体_GBK');
  });

  it('opens in LibreOffice with the elements in order', () => {
    const filled = fillUserTemplate(officeTemplate(), { notice, tasks });
    if (!filled.ok) throw new Error(filled.error);
    const pdf = convertWithLibreOffice(filled.value, 'user-template');
    expect(pdf.ok, pdf.log).toBe(true);
    const order = [notice.docNumber!, notice.title, '一、', '（一）', notice.signature!, notice.signedDate!, '抄送'];
    expect(
      inOrder(
        pdf.text,
        order.map((s) => s.replace(/\s/g, '')),
      ),
    ).toEqual({ ok: true, missing: null });
  });

  it('names an unknown tag, a broken tag and a body tag sharing its paragraph, in Chinese', () => {
    const unknown = fillUserTemplate(templateDocx({ paragraphs: [['{{文号}}'], ['{{发文', '单位}}']] }), { notice });
    expect(unknown).toMatchObject({ ok: false });
    expect(!unknown.ok && unknown.error).toContain('{{发文单位}}');
    const broken = fillUserTemplate(templateDocx({ paragraphs: [['{{标题'], ['正文']] }), { notice });
    expect(!broken.ok && broken.error).toContain('标题');
    const loop = fillUserTemplate(templateDocx({ paragraphs: [['{{#任务}}{{序号}}']] }), { notice });
    expect(!loop.ok && loop.error).toContain('{{/任务}}');
    const shared = fillUserTemplate(templateDocx({ paragraphs: [['正文：{{正文}}']] }), { notice });
    expect(!shared.ok && shared.error).toContain('单独占一个段落');
    expect(fillUserTemplate(new Uint8Array([1, 2, 3]), { notice })).toMatchObject({ ok: false, error: expect.stringContaining('.docx') });
  });
});
