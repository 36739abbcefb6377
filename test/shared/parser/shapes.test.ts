import { describe, expect, it } from 'vitest';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { fixtureText } from '../../corpus';

const parse = (name: string) => analyzeNotice(fixtureText(`notices/${name}.txt`));
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe('notices of other shapes', () => {
  it('reads a 实施方案 sent as 附件 with four levels of clauses', () => {
    const notice = parse('implementation-plan-with-attachment');
    expect(notice.attachments).toEqual(['临汾市城镇燃气安全专项整治实施方案', '燃气安全专项整治任务分工表']);
    expect(notice.signedDate).toBe('2025-05-20');
    expect(notice.clauses.map((c) => `${c.level}:${c.path}`)).toEqual([
      '1:一',
      '1:二',
      '2:二/一',
      '3:二/一/1',
      '3:二/一/2',
      '4:二/一/2/1',
      '4:二/一/2/2',
      '2:二/二',
      '1:三',
      '2:三/一',
      '2:三/二',
    ]);
    const licence = notice.clauses[3];
    expect(licence.heading).toBe('核查经营许可');
    expect(licence.units).toEqual([
      { name: '市住建局', role: 'lead' },
      { name: '市市场监管局', role: 'co' },
      { name: '市公安局', role: 'co' },
    ]);
    expect(notice.clauses[6].units).toEqual([
      { name: '市市场监管局', role: 'lead' },
      { name: '市消防救援支队', role: 'co' },
    ]);
    expect(notice.citations).toEqual([{ docNumber: '晋安发〔2025〕6号', title: '关于开展城镇燃气安全专项整治的通知' }]);
    expect(notice.laws).toEqual(expect.arrayContaining(['中华人民共和国安全生产法', '城镇燃气管理条例']));
    expect(notice.cc).toEqual(['市委办公室', '市人大常委会办公室', '市政协办公室']);
    expect(notice.printer).toBe('临汾市应急管理局办公室');
  });

  it('reads a 函 in letter format: the organ without 文件, a 附注 with the contact', () => {
    const notice = parse('letter');
    expect(notice.issuer).toBe('浮山县应急管理局');
    expect(notice.docKind).toBe('函');
    expect(notice.docNumber?.text).toBe('浮应急函〔2025〕7号');
    expect(notice.title).toBe('浮山县应急管理局关于商请协助开展燃气安全联合检查的函');
    expect(notice.recipients).toEqual(['浮山县市场监督管理局']);
    expect(notice.remark).toBe('（联系人：张明，电话：0357-8011234）');
    expect(notice.clauses).toEqual([]);
  });

  it('reads a 转发 notice: the cited upstream with its title, and the closing paragraph outside the last clause', () => {
    const notice = parse('forwarding-notice');
    expect(notice.citations).toEqual([
      { docNumber: '晋政办发〔2024〕12号', title: '山西省人民政府办公厅关于进一步加强森林防灭火工作的通知' },
    ]);
    expect(notice.clauses).toHaveLength(3);
    expect(notice.clauses[2].text).not.toContain('按照本通知要求');
    expect(notice.clauses[1].units).toEqual([
      { name: '县林业局', role: 'lead' },
      { name: '县气象局', role: 'co' },
    ]);
    expect(notice.clauses[2].units.map((u) => u.name)).toEqual(['县应急管理局', '县消防救援大队']);
  });

  it('reads a joint 请示 with 份号, 密级, 紧急程度 and 签发人', () => {
    const notice = parse('joint-request');
    expect(notice.issuers).toEqual(['乡宁县应急管理局', '乡宁县公安局']);
    expect(notice.issuer).toBe('乡宁县应急管理局');
    expect(notice.signers).toEqual(['王建国', '李卫东']);
    expect(notice.urgency).toBe('特急');
    expect(notice.secrecy).toBe('机密');
    expect(notice.secrecyTerm).toBe('1年');
    expect(notice.copyNumber).toBe('000128');
    expect(notice.docKind).toBe('请示');
    expect(notice.signature).toBe('乡宁县应急管理局 乡宁县公安局');
    expect(notice.signedDate).toBe('2025-01-06');
  });

  it('normalizes a badly written 文号 and reports each defect and numbering slip', () => {
    const notice = parse('numbering-slips');
    expect(notice.docNumber).toEqual({ text: '蒲政发〔2025〕7号', agencyCode: '蒲政发', year: 2025, serial: 7 });
    expect(notice.signedDate).toBe('2025-05-08');
    expect(rules(notice.findings)).toEqual(
      expect.arrayContaining([
        'doc-number-bracket',
        'doc-number-year',
        'doc-number-di',
        'doc-number-leading-zero',
        'date-format',
        'numbering-duplicate',
        'numbering-gap',
        'numbering-mixed-width',
        'numbering-level-skip',
        'units-missing',
      ]),
    );
  });
});
