import { describe, expect, it } from 'vitest';
import { blankProfile, profileClashes, profileErrors } from '../../renderer/settings/issuingProfiles';

const office = {
  id: 'p1',
  label: '县政府办公室',
  signature: '大宁县人民政府办公室',
  issuerMark: '大宁县人民政府办公室文件',
  agencyCode: '大政办发',
  printer: '大宁县人民政府办公室',
  officeTemplateId: 't1',
};

describe('issuing identities in the settings form', () => {
  it('gives a new profile an id no other profile has', () => {
    expect(blankProfile([]).id).toBe('p1');
    expect(blankProfile([office, { ...office, id: 'p2' }]).id).toBe('p3');
    expect(blankProfile([{ ...office, id: 'p2' }])).toEqual({
      id: 'p3',
      label: '',
      signature: '',
      issuerMark: '',
      agencyCode: '',
      printer: '',
      officeTemplateId: null,
    });
  });

  it('names a repeated 名称 and a 机关代字 another identity (or the office itself) numbers with', () => {
    const party = { ...office, id: 'p2', label: '县委', agencyCode: '大发' };
    expect(profileClashes([office, party], '大政发')).toEqual({});
    expect(profileClashes([office, { ...party, label: '县政府办公室', agencyCode: '大政办发' }], '大政发')).toEqual({
      'profiles.1.label': '与第1个发文身份同名',
      'profiles.1.agencyCode': '与“县政府办公室”的机关代字相同，发文登记会混号',
    });
    expect(profileClashes([{ ...office, agencyCode: '大政发' }], '大政发')).toEqual({
      'profiles.0.agencyCode': '与“本机关”的机关代字相同，发文登记会混号',
    });
  });

  it('checks a card as it is typed: empty fields, a 代字 with a year, and clashes, each under its own field', () => {
    const typing = { ...office, id: 'p2', label: '县委', signature: '', agencyCode: '大发〔2025〕' };
    expect(profileErrors([office, typing], '大政发')).toEqual({
      'profiles.1.signature': '不能为空',
      'profiles.1.agencyCode': '只写机关代字，如“大政发”，不含年份、括号和数字',
    });
    expect(profileErrors([office, { ...typing, signature: '中共大宁县委', agencyCode: '大政办发' }], '大政发')).toEqual({
      'profiles.1.agencyCode': '与“县政府办公室”的机关代字相同，发文登记会混号',
    });
    expect(profileErrors([office, { ...typing, signature: '中共大宁县委', agencyCode: '大发' }], '大政发')).toEqual({});
  });
});
