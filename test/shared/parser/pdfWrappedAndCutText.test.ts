import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { analyzeFixture as parse, clauseTree as tree, ruleIds as rules, unitsAt as unitsOf } from './noticeHelpers';

/**
 * Fixture notices in test/fixtures/notices/ and one invented in the shape of a real page: PDF text wrapped at a
 * fixed width (page numbers, footers, running headers), a space between every character, a first sentence that
 * lost its punctuation, web copies that ran lines together, and copies cut off mid-sentence.
 */
describe('PDF text wrapped at 28 characters, a blank line between all lines, page numbers', () => {
  const notice = parse('pdf-wrapped-forest-fire');

  it('reads the 版头, title and closing', () => {
    expect(notice.issuer).toBe('偏关县人民政府办公室');
    expect(notice.docNumber?.text).toBe('偏政办发〔2022〕9号');
    expect(notice.title).toBe('偏关县人民政府办公室关于切实加强春季森林草原防灭火工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2022-03-18');
    expect(notice.remark).toBe('（此件公开发布）');
  });

  it('joins units wrapped across lines (县林\\n业局) and a 。 pushed to a line of its own', () => {
    expect(tree(notice)).toEqual([
      '1 一 严格落实防火责任 | ',
      '2 一/一 压实属地管理责任 | 各乡镇人民政府*',
      '2 一/二 落实部门监管责任 | 县林业局*、县应急局、县公安局、县文旅局',
      '1 二 全面管控野外火源 | ',
      '2 二/一 严格火源管理 | 县公安局*、县林业局',
      '2 二/二 开展隐患排查 | 国网偏关县供电公司*、县民政局、各乡镇人民政府',
      '1 三 提升应急处置能力 | 县应急局*、县林业局',
    ]);
    expect(notice.body).not.toMatch(/— \d —/);
    expect(notice.findings).toEqual([]);
  });
});

describe('a joint township notice wrapped at 26 characters with 第N页 共M页 footers and a running header', () => {
  const notice = parse('township-wrapped-fire');

  it('reads both issuers, the 版记 and the date', () => {
    expect(notice.issuers).toEqual(['中共东阳镇委员会', '东阳镇人民政府']);
    expect(notice.docNumber?.text).toBe('东党发〔2021〕35号');
    expect(notice.title).toBe('中共东阳镇委员会东阳镇人民政府关于开展冬季消防安全集中整治的通知');
    expect(notice.signedDate).toBe('2021-11-15');
    expect(notice.cc).toEqual(['县应急管理局', '县消防救援大队']);
    expect(notice.printer).toBe('东阳镇党政办公室');
    expect(notice.printedDate).toBe('2021-11-16');
  });

  it('gives level-3 items the 责任单位 line under them', () => {
    expect(tree(notice)).toEqual([
      '1 一 整治内容 | ',
      '2 一/一 开展消防安全大排查 | ',
      '3 一/一/1 排查人员密集场所 | 镇安监站*、镇派出所',
      '3 一/一/2 排查“三合一”场所 | 镇安监站*、各村民委员会',
      '2 一/二 加强消防宣传教育 | 镇宣传办*、镇中心校、各村民委员会',
      '1 二 工作要求 | ',
    ]);
    expect(notice.clauses[5].text).not.toContain('东阳镇人民政府');
  });
});

describe('a notice extracted from a PDF with a space between every character', () => {
  const notice = parse('pdf-spaced-characters');

  it('closes the spaces up and reads the 文号 without a spacing defect', () => {
    expect(notice.docNumber?.text).toBe('古政发〔2025〕6号');
    expect(notice.title).toBe('古县人民政府关于做好２０２５年森林防灭火工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2025-02-26');
    expect(rules(notice)).not.toContain('doc-number-spacing');
  });

  it('reads full-width markers １． and （１） at levels 3 and 4 with their units', () => {
    expect(notice.clauses.map((c) => `${c.level}:${c.path}:${c.marker}`)).toEqual([
      '1:一:一、',
      '2:一/一:（一）',
      '3:一/一/1:１．',
      '3:一/一/2:２．',
      '4:一/一/2/1:（１）',
      '4:一/一/2/2:（２）',
      '2:一/二:（二）',
      '1:二:二、',
    ]);
    expect(unitsOf(notice, '一/一/2/1')).toEqual(['县林业局*', '各乡镇人民政府']);
    expect(unitsOf(notice, '二')).toEqual(['县公安局*', '县林业局']);
  });
});

describe('a PDF transcription whose first sentence lost its line’s punctuation', () => {
  it('starts the body at the sentence’s opening words, so a 文号 split over its lines is still cited', () => {
    const notice = parseNotice(
      [
        '甲省人民政府 关于印发甲省节水行动计划的通知',
        '',
        '甲省节水行动计划',
        '',
        '为认真贯彻落实《关于全面加强水资源保',
        '',
        '护的意见》(乙发〔',
        '',
        '2018 〕 17 号)精神,制定本行动计划。',
        '',
        '一、总体要求',
      ].join('\n'),
    );
    expect(notice.title).toBe('甲省人民政府关于印发甲省节水行动计划的通知');
    expect(notice.docNumber).toBeNull();
    expect(notice.citations.map((c) => c.docNumber)).toEqual(['乙发〔2018〕17号']);
  });
});

describe('a web copy that ran lines together: title over two lines, 主送 with the opening, 署名 with the date', () => {
  const notice = parse('run-together-lines-holiday');

  it('splits the 主送 from the opening sentence at its colon', () => {
    expect(notice.title).toBe('娄烦县人民政府安全生产委员会办公室关于做好2023年端午节期间安全生产工作的通知');
    expect(notice.docNumber?.text).toBe('娄安办发〔2023〕11号');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县安委会各成员单位']);
  });

  it('reads the 署名 and 成文日期 written on one line, the half-width 附注 and 抄送', () => {
    expect(notice.issuer).toBe('娄烦县人民政府安全生产委员会办公室');
    expect(notice.signature).toBe('娄烦县人民政府安全生产委员会办公室');
    expect(notice.signedDate).toBe('2023-06-16');
    expect(notice.remark).toBe('(此件公开发布)');
    expect(notice.cc).toEqual(['县委办公室', '县人大常委会办公室', '县政协办公室']);
    expect(notice.findings).toEqual([]);
  });

  it('reads units with a task after the role word (县教育局配合做好…) and labels with only a space between', () => {
    expect(tree(notice)).toEqual([
      '1 一 加强道路交通安全管理 | 县公安局交警大队*、县交通运输局',
      '1 二 加强水上安全管理 | 县水利局*、县文旅局、各乡镇人民政府、县教育局',
      '1 三 加强应急值守 | 县应急局*、县政府办',
    ]);
  });
});

describe('a notice cut off mid-sentence', () => {
  const notice = parse('truncated-ending');

  it('keeps the cut text in its clause and reports the truncation where it happens', () => {
    expect(notice.clauses.at(-1)!.text).toContain('对一时难以整改的重大隐患要落实');
    expect(notice.body.endsWith('对一时难以整改的重大隐患要落实')).toBe(true);
    const truncated = notice.findings.find((f) => f.rule === 'truncated-ending');
    expect(truncated?.severity).toBe('warning');
    expect(truncated?.at?.excerpt).toContain('要落实');
    expect(truncated?.at?.line).toBe(15);
  });
});

describe('a notice cut off mid-sentence, one bracket never closed', () => {
  const notice = parse('cut-at-end-safety');

  it('keeps the clauses, reads the unclosed bracket and warns about the cut', () => {
    expect(notice.docNumber?.text).toBe('襄安发〔2025〕4号');
    expect(notice.issuer).toBe('襄汾县安全生产委员会');
    expect(notice.signedDate).toBeNull();
    expect(tree(notice)).toEqual([
      '1 一 加强道路交通安全管理 | 县公安局交警大队*、县交通运输局',
      '1 二 加强旅游景区安全管理 | 县文旅局*、县市场监管局',
      '1 三 加强危险化学品和非煤矿山安全监管 | 县应急局*、县工信局',
      '1 四 加强值班值守 | ',
    ]);
    expect(notice.clauses[3].text.endsWith('第一时间按规定')).toBe(true);
    expect(rules(notice)).toEqual(['truncated-ending', 'missing-element']);
  });
});

describe('a PDF whose text runs on one line and whose font prints 《》 as « »', () => {
  const notice = parseNotice(
    '大宁县人民政府办公室文件 大政办发 〔 2025〕4 号 大宁县人民政府办公室转发县应急局等 三部门 « 关于加强燃气安全管理的意见 » 的通知 ' +
      '各乡镇人民政府,县直各有关单位: 县应急局、县住建局、县市场监管局«关于加强燃气安全管理的意见»已经县政府同意,现转发给你们,请认真贯彻执行. ' +
      '大宁县人民政府办公室 2025 年 3 月 18 日',
  );

  it('reads the title whole, the « » and what follows them included', () => {
    expect(notice.docNumber?.text).toBe('大政办发〔2025〕4号');
    expect(notice.title).toBe('大宁县人民政府办公室转发县应急局等三部门«关于加强燃气安全管理的意见»的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
  });
});
