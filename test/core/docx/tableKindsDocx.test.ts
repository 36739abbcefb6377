import { describe, expect, it } from 'vitest';
import catalogueJson from '../../../resources/templates/catalogue.json';
import routingSlipJson from '../../../resources/templates/routing-slip.json';
import taskTableJson from '../../../resources/templates/task-table.json';
import unitTasksJson from '../../../resources/templates/unit-tasks.json';
import { catalogueDocx } from '../../../electron/core/docx/catalogueDocx';
import { routingSlipDocx } from '../../../electron/core/docx/routingSlipDocx';
import { taskTableDocx } from '../../../electron/core/docx/taskTableDocx';
import { unitTasksDocx } from '../../../electron/core/docx/unitTasksDocx';
import { catalogueDocument } from '../../../shared/drafting/catalogue';
import { routingSlipDocument } from '../../../shared/drafting/routingSlip';
import { deadlineOf, splitRoles, taskTableFromDraft } from '../../../shared/drafting/taskTable';
import {
  catalogueTemplateSchema,
  routingSlipTemplateSchema,
  taskTableTemplateSchema,
  unitTasksTemplateSchema,
} from '../../../shared/drafting/templates';
import { unitTasksDocument } from '../../../shared/drafting/unitTasks';
import { daningDraft } from '../../shared/drafting/draftFixtures';
import { attr, paragraphWith, paragraphs, readDocx, runs } from './docxInspect';
import { convertWithLibreOffice, inOrder } from './libreOffice';

const taskTemplate = taskTableTemplateSchema.parse(taskTableJson);
const slipTemplate = routingSlipTemplateSchema.parse(routingSlipJson);
const catalogueTemplate = catalogueTemplateSchema.parse(catalogueJson);
const unitTemplate = unitTasksTemplateSchema.parse(unitTasksJson);

const tableCells = (xml: string) => paragraphs(/<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)![0]).map((p) => p.text);

describe('任务分工方案', () => {
  const doc = taskTableFromDraft(daningDraft(), taskTemplate);

  it('has one row per task with 牵头 and 配合 units and a deadline', () => {
    expect(doc.title).toBe('2025年全县安全生产工作任务分工方案');
    expect(doc.rows).toHaveLength(24);
    const entry = doc.rows.find((r) => r.clause === '二/七')!;
    expect(entry.task.startsWith('严格企业准入。')).toBe(true);
    expect(entry.lead).toEqual(['县发展改革委']);
    // The standing default (以下事项均需各乡镇政府负责) is said once in the notice, not listed on every task.
    expect(entry.co).toEqual(['县规划和自然资源局', '县审批服务管理局', '县应急局', '县能源局']);
    expect(entry.deadline).toBe('2025年12月底前');
    expect(doc.rows.find((r) => r.clause === '三/十三')!.deadline).toBe('年底前');
  });

  it('takes the default deadline year from the notice, not from the day it is made', () => {
    const late = { ...daningDraft(), title: '关于做好安全生产工作的通知', signedDate: '2026-03-02' };
    const upstream = { noticeId: 1, issuer: '临汾市人民政府', title: 't', docNumber: null, signedDate: '2025-04-01' };
    const rows = taskTableFromDraft({ ...late, upstream }, taskTemplate).rows;
    expect(rows.find((r) => r.clause === '三/十三')!.deadline).toBe('年底前');
    expect(rows.filter((r) => r.deadline.startsWith('2026'))).toEqual([]);
    expect(rows.some((r) => r.deadline === '2025年12月底前')).toBe(true);
  });

  it('is a landscape A4 page with the columns of the template and a repeated header row', async () => {
    const docx = await readDocx(await taskTableDocx(doc));
    expect(attr(docx.document, 'pgSz', 'orient')).toBe('landscape');
    expect(attr(docx.document, 'pgSz', 'w')).toBe('16838');
    expect(attr(docx.document, 'pgSz', 'h')).toBe('11906');
    expect(tableCells(docx.document).slice(0, 5)).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(docx.document).toContain('<w:tblHeader/>');
    const header = paragraphs(docx.document).find((p) => p.text === '重点任务')!;
    expect(attr(header.xml, 'pStyle', 'val')).toBe('TableHeader');
    const headerStyle = /<w:style [^>]*w:styleId="TableHeader"[\s\S]*?<\/w:style>/.exec(docx.styles)![0];
    expect(attr(headerStyle, 'rFonts', 'eastAsia')).toBe('黑体');
    const cellStyle = /<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/.exec(docx.styles)![0];
    expect(attr(cellStyle, 'sz', 'val')).toBe('24');
    const title = paragraphWith(docx.document, '任务分工方案');
    expect(attr(runs(title.xml)[0].props, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(attr(runs(title.xml)[0].props, 'sz', 'val')).toBe('44');
    const widths = Array.from(docx.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g), (m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(16838 - 2098 - 1984);
  });

  it('opens in LibreOffice with the rows in order', async () => {
    const pdf = convertWithLibreOffice(await taskTableDocx(doc), 'task-table');
    expect(pdf.ok, pdf.log).toBe(true);
    expect(
      inOrder(pdf.text, [
        '2025年全县安全生产工作任务分工方案',
        '序号',
        '重点任务',
        '牵头单位',
        '配合单位',
        '完成时限',
        '强化理论武装',
        '严格企业准入',
        '依法依规追责问责',
      ]),
    ).toEqual({
      ok: true,
      missing: null,
    });
  });

  it('numbers its pages where the other pages of the 公文 have them, the table turned head to the 订口 (GB/T 9704 §8)', async () => {
    const docx = await readDocx(await taskTableDocx(doc));
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    for (const [type, align] of [
      ['default', 'right'],
      ['even', 'left'],
    ]) {
      const header = docx.headersByType[type];
      expect(header).toContain('PAGE');
      // Read along the sheet's foot: turned a quarter, in a cell floating in the landscape page's left margin.
      expect(attr(header, 'textDirection', 'val')).toBe('tbRl');
      expect(attr(header, 'tblpPr', 'horzAnchor')).toBe('page');
      expect(attr(paragraphWith(header, '—').xml, 'jc', 'val')).toBe(align);
    }
    expect(Object.values(docx.footersByType).join('')).not.toContain('PAGE');
    // The sheet's foot is the landscape page's left edge: its margin is the portrait bottom margin (35 mm).
    expect(attr(docx.document, 'pgMar', 'left')).toBe('1984');
    expect(attr(docx.document, 'pgMar', 'right')).toBe('2098');

    const pdf = convertWithLibreOffice(await taskTableDocx(doc), 'task-table', { words: true });
    expect(pdf.pages).toBeGreaterThan(1);
    const TYPE_AREA = { left: 35, top: 28, bottom: 210 - 26 };
    const ONE_CHAR = (14 * 25.4) / 72;
    for (let page = 1; page <= pdf.pages; page++) {
      // Turned, each character is a word of its own, top to bottom.
      const number = pdf.words!.filter((w) => w.page === page && w.right < TYPE_AREA.left).sort((a, b) => a.top - b.top);
      expect(number.map((w) => w.text).join('')).toBe(`—${page}—`);
      const top = number[0].top;
      const bottom = number.at(-1)!.bottom;
      const dash = (number[0].left + number[0].right) / 2;
      // 一字线 7 mm from the type area; odd pages 1 字 from its lower end (the sheet's right), even from its upper end.
      expect(Math.abs(TYPE_AREA.left - dash - 7)).toBeLessThan(0.5);
      if (page % 2 === 1) expect(TYPE_AREA.bottom - bottom).toBeCloseTo(ONE_CHAR, 0);
      else expect(top - TYPE_AREA.top).toBeCloseTo(ONE_CHAR, 0);
    }
  });
});

describe('task rules', () => {
  it('reads the deadline a clause writes', () => {
    expect(deadlineOf('年底前力争每个村至少建成1处应急避难场所')).toBe('年底前');
    expect(deadlineOf('2025年6月底前完成排查')).toBe('2025年6月底前');
    expect(deadlineOf('于9月30日前报送')).toBe('9月30日前');
    expect(deadlineOf('加强宣传')).toBeNull();
  });

  it('lets the first-named unit lead when no roles are written', () => {
    const units = [
      { name: 'A', role: 'lead' as const },
      { name: 'B', role: 'lead' as const },
    ];
    expect(splitRoles(units)).toEqual({ lead: ['A'], co: ['B'] });
    expect(
      splitRoles([
        { name: 'A', role: 'lead' },
        { name: 'B', role: 'co' },
        { name: 'C', role: 'co' },
      ]),
    ).toEqual({ lead: ['A'], co: ['B', 'C'] });
  });
});

describe('收文处理笺', () => {
  const doc = routingSlipDocument(
    {
      organization: '大宁县人民政府',
      sender: '太原市人民政府',
      docNumber: '并政发〔2025〕1号',
      title: '太原市人民政府关于做好2025年安全生产工作的通知',
      registrationNumber: '收〔2025〕15号',
      receivedDate: '2025-04-12',
      secrecy: null,
      urgency: '加急',
      dueDate: '2025-04-30',
      copies: 2,
      handler: '县应急管理局',
      proposal: '拟请县应急管理局牵头研究落实。',
      instruction: null,
      circulation: '县长张三（2025年4月14日）',
      outcome: null,
    },
    slipTemplate,
  );

  it('lays out every field of the slip on portrait A4, with room to write', async () => {
    const docx = await readDocx(await routingSlipDocx(doc));
    expect(attr(docx.document, 'pgSz', 'orient')).toBe('portrait');
    const cells = tableCells(docx.document);
    for (const label of [
      '来文机关',
      '文号',
      '标题',
      '收文编号',
      '收文日期',
      '密级',
      '紧急程度',
      '份数',
      '承办单位',
      '拟办意见',
      '领导批示',
      '传阅',
      '办理结果',
    ]) {
      expect(cells).toContain(label);
    }
    expect(cells).toContain('2025年4月12日');
    expect(cells).toContain('收〔2025〕15号');
    expect(cells).toContain('2份');
    expect(cells).toContain('县应急管理局');
    expect(cells).toContain('县长张三（2025年4月14日）');
    expect(docx.document).toMatch(/<w:trHeight w:val="2895" w:hRule="atLeast"\/>/);
  });

  it('opens in LibreOffice with its fields in order', async () => {
    const pdf = convertWithLibreOffice(await routingSlipDocx(doc), 'routing-slip');
    expect(pdf.ok, pdf.log).toBe(true);
    expect(
      inOrder(pdf.text, [
        '大宁县人民政府收文处理笺',
        '来文机关',
        '太原市人民政府',
        '文号',
        '并政发〔2025〕1号',
        '收文编号',
        '收〔2025〕15号',
        '紧急程度',
        '加急',
        '标题',
        '拟办意见',
        '拟请县应急管理局',
        '领导批示',
        '办理结果',
      ]),
    ).toEqual({ ok: true, missing: null });
  });
});

describe('归档文件目录', () => {
  const rows = [2, 1].map((n) => ({
    archivalCode: `Z109-WS·2025-Y-BGS-000${n}`,
    retention: 'permanent' as const,
    docNumber: `大政发〔2025〕${n}号`,
    issuer: '大宁县人民政府',
    title: n === 1 ? '大宁县人民政府关于做好2025年全县安全生产工作的通知' : '大宁县人民政府关于做好防汛工作的通知',
    signedDate: `2025-0${n + 2}-0${n}`,
    secrecy: null,
    pages: 8,
    remark: null,
  }));
  const tenYear = {
    ...rows[0],
    archivalCode: 'Z109-WS·2025-D10-BGS-0001',
    retention: '10y' as const,
    docNumber: '大政办函〔2024〕9号',
    signedDate: '2024-12-30',
    pages: null,
  };
  const doc = catalogueDocument(2025, [...rows, tenYear], catalogueTemplate);

  it('keeps one list per 保管期限, in 档号 order, with DA/T 22 columns and eight-digit dates', async () => {
    expect(doc.lists.map((l) => l.title)).toEqual(['2025年度归档文件目录（永久）', '2025年度归档文件目录（定期10年）']);
    expect(doc.lists[0].rows.map((r) => [r.serial, r.archivalCode, r.date, r.pages])).toEqual([
      ['1', 'Z109-WS·2025-Y-BGS-0001', '20250301', '8'],
      ['2', 'Z109-WS·2025-Y-BGS-0002', '20250402', '8'],
    ]);
    expect(doc.lists[1].rows.map((r) => [r.serial, r.pages])).toEqual([['1', '']]);
    const docx = await readDocx(await catalogueDocx(doc));
    expect(attr(docx.document, 'pgSz', 'orient')).toBe('landscape');
    expect(tableCells(docx.document).slice(0, 9)).toEqual(['序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '备注']);
    expect(docx.document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
  });

  it('warns of an unknown 页数 and of a 件 dated in another year', () => {
    expect(doc.warnings).toEqual([
      '1件的页数无法从文件得知，目录中留空，请按实际页数填写：大政办函〔2024〕9号。',
      '大政办函〔2024〕9号的成文日期是2024年，归入了2025年度，请核对年度。',
    ]);
  });

  it('opens in LibreOffice with each list on its own page and no header label wrapped', async () => {
    const pdf = convertWithLibreOffice(await catalogueDocx(doc), 'catalogue');
    expect(pdf.ok, pdf.log).toBe(true);
    expect(
      inOrder(pdf.text, [
        '2025年度归档文件目录（永久）',
        '序号',
        '档号',
        '备注',
        'Z109-WS·2025-Y-BGS-0001',
        '20250301',
        'Z109-WS·2025-Y-BGS-0002',
        '20250402',
        '2025年度归档文件目录（定期10年）',
        'Z109-WS·2025-D10-BGS-0001',
      ]),
    ).toEqual({ ok: true, missing: null });
    expect(pdf.pages).toBe(2);
    const header = pdf.lines.find((l) => l.page === 1 && l.text.includes('序号'))!;
    for (const label of ['档号', '文号', '责任者', '题名', '日期', '密级', '页数', '备注'])
      expect(header.text.replace(/\s/g, '')).toContain(label);
  });
});

describe('单位任务清单', () => {
  const draft = daningDraft();
  const tasks = draft.clauses
    .filter((c) => c.level === 2 && c.units.some((u) => u.name === '县应急局'))
    .map((c, i) => ({
      noticeId: 1,
      docNumber: '大政发〔2025〕1号',
      title: draft.title,
      clause: { number: String(i + 1), path: c.upstreamPath!, heading: c.text.split('。')[0], text: c.text },
      role: c.units[0].name === '县应急局' ? ('lead' as const) : ('co' as const),
      dueDate: i === 0 ? '2025-06-30' : null,
    }));
  const doc = unitTasksDocument('县应急局', tasks, unitTemplate, '2025-05-01');

  it('lists each task of the unit with its notice, role and deadline', () => {
    expect(doc.title).toBe('县应急局承担任务清单');
    expect(doc.intro).toBe(`以下为县应急局在1份文件中承担的${tasks.length}项任务（截至2025年5月1日）。`);
    expect(doc.rows[0].deadline).toBe('2025年6月30日');
    expect(doc.rows.every((r) => r.notice.startsWith('大政发〔2025〕1号《'))).toBe(true);
    expect(new Set(doc.rows.map((r) => r.role))).toEqual(new Set(['配合']));
    const shared = unitTasksDocument(
      '县应急局',
      [{ ...tasks[0], clause: { ...tasks[0].clause, printed: '二（三）', text: '压实责任。（县应急局、县公安局按职责分工负责）' } }],
      unitTemplate,
      '2025-05-01',
    );
    expect(shared.rows[0].role).toBe('分工负责');
    expect(shared.rows[0].clause.startsWith('二（三） ')).toBe(true);
  });

  it('opens in LibreOffice with its rows in order', async () => {
    const buffer = await unitTasksDocx(doc);
    const docx = await readDocx(buffer);
    expect(attr(docx.document, 'pgSz', 'orient')).toBe('landscape');
    // Numbered like the task table (GB/T 9704 §8): along the sheet's foot, not the landscape page's.
    expect(attr(docx.headersByType.default, 'textDirection', 'val')).toBe('tbRl');
    expect(docx.headersByType.even).toContain('PAGE');
    const pdf = convertWithLibreOffice(buffer, 'unit-tasks');
    expect(pdf.ok, pdf.log).toBe(true);
    expect(
      inOrder(pdf.text, [
        '县应急局承担任务清单',
        '序号',
        '文件',
        '条款',
        '任务内容',
        '角色',
        '完成时限',
        doc.rows[0].clause.split(' ')[1],
        doc.rows.at(-1)!.clause.split(' ')[1],
      ]),
    ).toEqual({
      ok: true,
      missing: null,
    });
  });
});
