import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocNumbers, formatDocNumber, parseDocNumber } from '../../shared/domain/docNumber';

const corpus = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../shared/corpus', name), 'utf8');
const rules = (text: string) => parseDocNumber(text)?.defects.map((d) => d.rule);

describe('formatDocNumber', () => {
  it('writes the GB/T 9704 form with 六角括号 and no 第 or padding', () => {
    expect(formatDocNumber({ agencyCode: '大政发', year: 2025, serial: 1 })).toBe('大政发〔2025〕1号');
  });
});

describe('parseDocNumber', () => {
  it('reads a well-formed 文号 without defects', () => {
    const m = parseDocNumber('大政发〔2025〕1号');
    expect(m?.docNumber).toEqual({ text: '大政发〔2025〕1号', agencyCode: '大政发', year: 2025, serial: 1 });
    expect(m?.defects).toEqual([]);
    expect(m?.raw).toBe('大政发〔2025〕1号');
  });

  it('trims the string and reports where the 文号 starts', () => {
    const m = parseDocNumber('  晋应急函〔2025〕12号 ');
    expect(m?.docNumber.agencyCode).toBe('晋应急函');
    expect(m?.docNumber.serial).toBe(12);
    expect(m?.index).toBe(2);
  });

  it.each(['[2025]', '［2025］', '【2025】', '(2025)', '（2025）', '〈2025〉', '﹝2025﹞', '〖2025〗', '〔2025）'])(
    'normalizes the wrong brackets %s and reports doc-number-bracket',
    (year) => {
      const m = parseDocNumber(`并政发${year}1号`);
      expect(m?.docNumber.text).toBe('并政发〔2025〕1号');
      expect(m?.defects.map((d) => d.rule)).toEqual(['doc-number-bracket']);
    },
  );

  it('names what was found and the right form in the bracket message', () => {
    expect(parseDocNumber('并政发[2025]1号')?.defects[0].message).toBe('文号年份应使用六角括号〔〕，“[2025]”应为“〔2025〕”');
  });

  it('reads full-width digits without a defect', () => {
    const m = parseDocNumber('国办发〔２０２４〕１５号');
    expect(m?.docNumber.text).toBe('国办发〔2024〕15号');
    expect(m?.defects).toEqual([]);
  });

  it('reports stray spaces as doc-number-spacing (阳泉 prints "1 号")', () => {
    const m = parseDocNumber('阳政发〔2025〕1 号');
    expect(m?.docNumber.text).toBe('阳政发〔2025〕1号');
    expect(m?.defects).toEqual([{ rule: 'doc-number-spacing', message: '文号中不应有空格，“阳政发〔2025〕1 号”应为“阳政发〔2025〕1号”' }]);
  });

  it('takes spaces between every character (PDF extraction) for layout, not a defect', () => {
    const m = parseDocNumber('古 政 发 〔 ２ ０ ２ ５ 〕 ６ 号');
    expect(m?.docNumber.text).toBe('古政发〔2025〕6号');
    expect(m?.defects).toEqual([]);
  });

  it('accepts spaces inside the agency code and around the brackets', () => {
    expect(parseDocNumber('晋 政发 〔 2025 〕 1 号')?.docNumber.text).toBe('晋政发〔2025〕1号');
    expect(parseDocNumber('晋　政发〔2025〕1号')?.defects.map((d) => d.rule)).toEqual(['doc-number-spacing']);
  });

  it('reports 第 before the serial as doc-number-di', () => {
    const m = parseDocNumber('京政字〔2023〕第8号');
    expect(m?.docNumber.text).toBe('京政字〔2023〕8号');
    expect(m?.defects).toEqual([{ rule: 'doc-number-di', message: '文号顺序号前不加“第”，“第8号”应为“8号”' }]);
  });

  it('accepts 第 in the number of a 令, where the format requires it', () => {
    expect(parseDocNumber('晋政令〔2024〕第3号')?.defects).toEqual([]);
  });

  it('reports leading zeros as doc-number-leading-zero', () => {
    const m = parseDocNumber('中办发〔2025〕007号');
    expect(m?.docNumber.serial).toBe(7);
    expect(m?.defects.map((d) => d.message)).toEqual(['文号顺序号不编虚位（前面不加0），“007号”应为“7号”']);
  });

  it('widens a two-digit year and reports doc-number-year', () => {
    const m = parseDocNumber('晋政办发〔25〕3号');
    expect(m?.docNumber.year).toBe(2025);
    expect(m?.defects.map((d) => d.rule)).toEqual(['doc-number-year']);
    expect(parseDocNumber('晋政办发〔98〕3号')?.docNumber.year).toBe(1998);
  });

  it('reports every defect of a badly pasted 文号 at once', () => {
    expect(rules('晋政发【24】第 03 号')).toEqual([
      'doc-number-bracket',
      'doc-number-year',
      'doc-number-di',
      'doc-number-leading-zero',
      'doc-number-spacing',
    ]);
  });

  it.each([
    ['2025年4月3日'],
    ['〔2025〕1号'],
    ['大政发〔2025〕号'],
    ['大政发〔2025〕0号'],
    ['大政发〔202〕1号'],
    ['大政发〔0025〕1号'],
    ['一二三四五六七八九十一政发〔2025〕1号'],
    ['ABC〔2025〕1号'],
    ['大政发〔2025〕1号文件'],
    [''],
  ])('rejects %j, which is not one 文号', (text) => {
    expect(parseDocNumber(text)).toBeNull();
  });
});

describe('findDocNumbers', () => {
  it('finds a citation broken across lines with stray spaces (阳泉 2025)', () => {
    const found = findDocNumbers(corpus('yangquan-city-2025.txt'));
    const texts = found.map((m) => m.docNumber.text);
    expect(texts).toEqual(['阳政发〔2025〕1号', '晋政发〔2025〕1号']);
    expect(found[1].raw).toBe('晋\n 政发〔2025〕1 号');
  });

  it('keeps a code that starts a line with a particle (和顺 和政办发), strips the particle inside a sentence', () => {
    expect(findDocNumbers('和政办发〔2024〕22号').map((m) => m.docNumber.text)).toEqual(['和政办发〔2024〕22号']);
    expect(findDocNumbers('\n和政办发〔2024〕22号').map((m) => m.docNumber.text)).toEqual(['和政办发〔2024〕22号']);
    expect(findDocNumbers('按照省政府和晋政发〔2025〕1号').map((m) => m.docNumber.text)).toEqual(['晋政发〔2025〕1号']);
    expect(findDocNumbers('《通知》和晋政发〔2025〕1号').map((m) => m.docNumber.text)).toEqual(['晋政发〔2025〕1号']);
  });

  it('treats a line break inside a citation as layout but a space as a defect', () => {
    const [m] = findDocNumbers('按照省政府《关于做好2025年安全生产工作的通知》（晋\n 政发〔2025〕1 号）安排部署');
    expect(m.docNumber.agencyCode).toBe('晋政发');
    expect(m.defects.map((d) => d.rule)).toEqual(['doc-number-spacing']);
  });

  it('gives the offset of the raw 文号 in the text', () => {
    const text = '按照《通知》（晋政发〔2025〕1号）要求';
    const [m] = findDocNumbers(text);
    expect(text.slice(m.index, m.index + m.raw.length)).toBe('晋政发〔2025〕1号');
  });

  it.each([
    ['根据省政府办公厅晋政办发〔2024〕3号文件', '晋政办发'],
    ['按照晋政发〔2025〕1号要求', '晋政发'],
    ['依据市政府并政发〔2025〕1号', '并政发'],
    ['认真贯彻落实国办发〔2024〕12号精神', '国办发'],
    ['转发中办发〔2023〕5号和国办发〔2023〕6号', '中办发'],
    ['印发的京政字〔2023〕8号', '京政字'],
  ])('does not let the agency code swallow preceding words: %s', (text, agencyCode) => {
    expect(findDocNumbers(text)[0].docNumber.agencyCode).toBe(agencyCode);
  });

  it('finds several 文号 in one sentence, wrong forms included', () => {
    const found = findDocNumbers('转发中办发〔2023〕5号和国办发[2023]第06号、晋政发（24）7号的通知');
    expect(found.map((m) => m.docNumber.text)).toEqual(['中办发〔2023〕5号', '国办发〔2023〕6号', '晋政发〔2024〕7号']);
    expect(found[1].defects.map((d) => d.rule)).toEqual(['doc-number-bracket', 'doc-number-di', 'doc-number-leading-zero']);
  });

  it('does not cross a blank line to find an agency code', () => {
    expect(findDocNumbers('县政府\n\n〔2025〕1号')).toEqual([]);
  });

  it.each([
    ['交城县西营镇\n西政发〔2021〕1号', '西政发'],
    ['大宁县人民政府文件\n大政发〔2025〕1号', '大政发'],
    ['县应急局\n县应急函〔2025〕3号', '县应急函'],
    ['县应急局\n〔2025〕3号', null],
  ])('does not take the line above a header 文号 into its agency code: %j', (text, agencyCode) => {
    expect(findDocNumbers(text)[0]?.docNumber.agencyCode ?? null).toBe(agencyCode);
  });

  it('joins an agency code wrapped after a leading word', () => {
    expect(findDocNumbers('要求。按照晋\n政发〔2025〕1号执行')[0].docNumber.agencyCode).toBe('晋政发');
  });

  it.each([
    ['每年至少解决1—2项制约安全发展的突出问题'],
    ['2025年是“十四五”规划收官之年'],
    ['〔市安委会成员单位和各县(市、区)政府负责。以下事项均需县级政府负责,不再一一列明〕'],
    ['治本攻坚三年行动（2024—2026年）'],
    ['（2025）1号楼'],
  ])('finds nothing in %s', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('finds the 文号 of every corpus notice in its header', () => {
    const firstOf = (name: string) => findDocNumbers(corpus(name))[0]?.docNumber.text;
    expect(firstOf('daning-county-2025.txt')).toBe('大政发〔2025〕1号');
    expect(firstOf('taiyuan-city-2025.txt')).toBe('并政发〔2025〕1号');
    expect(firstOf('xiying-town-2021.txt')).toBe('西政发〔2021〕1号');
    expect(firstOf('yangcheng-county-2024.txt')).toBe('阳政发〔2024〕1号');
  });
});

describe('robustness', () => {
  it('never throws on random text', () => {
    const piece = fc.constantFrom('〔', '〕', '[', ']', '（', '）', '第', '号', '政发', '晋', ' ', '\n', '0', '7', '２', '2025', '的');
    const messy = fc.oneof(
      fc.string(),
      fc.array(piece).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(messy, (text) => {
        parseDocNumber(text);
        for (const m of findDocNumbers(text)) expect(text.slice(m.index, m.index + m.raw.length)).toBe(m.raw);
      }),
    );
  });
});
