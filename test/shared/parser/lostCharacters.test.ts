import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../shared/domain/dates';
import { findDocNumbers, parseDocNumber } from '../../../shared/domain/docNumber';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** 文号 and citations that extraction damaged but that still read one way only. */
describe('a 文号 alone on its line without its closing bracket and 号', () => {
  it('is read: the year’s four digits open the number', () => {
    const notice = parseNotice(
      [
        '乙县人民政府办公室关于印发乙县森林防火预案的通知',
        '乙政办发〔20239',
        '各乡镇人民政府，县级有关部门：',
        '经县人民政府同意，现将《乙县森林防火预案》印发给你们，请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.docNumber).toEqual({ text: '乙政办发〔2023〕9号', agencyCode: '乙政办发', year: 2023, serial: 9 });
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县级有关部门']);
  });

  it('is not read inside a sentence or without a year', () => {
    expect(parseDocNumber('共收到〔201746')).toBeNull();
    expect(parseDocNumber('乙政办发〔1746')).toBeNull();
  });
});

describe('a file number named by its level', () => {
  it('is cited, but a government’s 文件 before a bracket is no code', () => {
    expect(findDocNumbers('根据市政府办公厅批办单（省级文件〔2020〕928号）要求').map((m) => m.docNumber.text)).toEqual([
      '省级文件〔2020〕928号',
    ]);
    expect(findDocNumbers('根据省政府文件〔2020〕9号要求')).toEqual([]);
  });
});

describe('a 成文日期 that lost its 年, 月 and 日', () => {
  it('is read on its own line, under a 署名 with the 附注 printed between them', () => {
    const notice = parseNotice(
      [
        '乙县人民政府办公室关于印发乙县森林防火预案的通知',
        '各乡镇人民政府，县级有关部门：',
        '经县人民政府同意，现将《乙县森林防火预案》印发给你们，请认真贯彻执行。',
        '乙县人民政府办公室',
        '（此件公开发布）',
        '{ 2023 5 6',
      ].join('\n'),
    );
    expect(notice.issuers).toEqual(['乙县人民政府办公室']);
    expect(notice.signedDate).toBe('2023-05-06');
    expect(notice.remark).toBe('（此件公开发布）');
  });

  it('is not read from numbers that make no date, or inside a sentence', () => {
    expect(parseDate('2023 13 6')).toBeNull();
    expect(parseDate('共 2023 5 6')).toBeNull();
    expect(parseDate('2023 5 6 7')).toBeNull();
    expect(findDate('全县共有 2023 5 6 处')).toBeNull();
  });
});

describe('a paste that lost the boundary between its title and its body', () => {
  it('gives no title rather than a paragraph of body text', () => {
    const body = '着力解决工程项目外包外委管理不到位、消防设施器材不完善、安全措施不落实等问题；'.repeat(6);
    const notice = parseNotice(`大宁县${body}\n一、加强组织领导。\n二、压实工作责任。`);
    expect(notice.title).toBeNull();
  });
});

describe('a 文号 that lost its closing bracket, whose code ends in 政 or 文', () => {
  it('is read in the header, on a line of its own above the 主送', () => {
    const notice = parseNotice(
      [
        '丙市人民政府关于推进义务教育一体化发展的实施意见',
        '丙政〔202336',
        ' ',
        '各县、区人民政府,市政府各部门:',
        '义务教育是教育工作的重中之重。',
      ].join('\n'),
    );
    expect(notice.docNumber).toEqual({ text: '丙政〔2023〕36号', agencyCode: '丙政', year: 2023, serial: 36 });
    expect(notice.recipients).toEqual(['各县、区人民政府', '市政府各部门']);
  });

  it('is cited next to one that kept its code end, and lint still reports the lost characters', () => {
    const text = '根据《国务院意见》(国发〔201640号)和《丙省实施意见》(丙政〔201737号)精神;丙政文〔20177号、丙政文〔2018137号同时废止。';
    expect(findDocNumbers(text).map((m) => m.docNumber.text)).toEqual([
      '国发〔2016〕40号',
      '丙政〔2017〕37号',
      '丙政文〔2017〕7号',
      '丙政文〔2018〕137号',
    ]);
    expect(parseDocNumber('丙政〔202336')?.defects.map((d) => d.rule)).toEqual(['doc-number-bracket', 'doc-number-hao']);
  });

  it('is not read from a count after a word that names no agency', () => {
    expect(findDocNumbers('全年共接待(201836号房间)')).toEqual([]);
    expect(parseDocNumber('共收到〔201746')).toBeNull();
  });
});
