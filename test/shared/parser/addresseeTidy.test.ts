import { describe, expect, it } from 'vitest';
import { tidyAddressees } from '../../../shared/parser/addresseeTidy';
import { parseNotice } from '../../../shared/parser/parseNotice';

describe('tidyAddressees', () => {
  it('takes off a 文号, a date or a 公报 issue run into the first addressee', () => {
    expect(tidyAddressees(['甲政函〔2021〕15號(hào)乙市人民政府'])).toEqual(['乙市人民政府']);
    expect(tidyAddressees(['成文日期2021年03月02日乙市人民政府', '乙市发展改革委'])).toEqual(['乙市人民政府', '乙市发展改革委']);
    expect(tidyAddressees(['甲市安委会办公室2021年5月18日印发市级各有关单位'])).toEqual(['市级各有关单位']);
    expect(tidyAddressees(['二〇二一年三月二日印发乙市人民政府'])).toEqual(['乙市人民政府']);
    expect(tidyAddressees(['收录于《甲省人民政府公报》2021年第8期乙市人民政府'])).toEqual(['乙市人民政府']);
    expect(tidyAddressees(['发布日期:2021-03-05)乙市人民政府'])).toEqual(['乙市人民政府']);
  });

  it('leaves out a page label or a date read as an addressee', () => {
    expect(tidyAddressees(['發(fā)文單位', '各乡镇人民政府'])).toEqual(['各乡镇人民政府']);
    expect(tidyAddressees(['2021年3月2日', '各乡镇人民政府'])).toEqual(['各乡镇人民政府']);
  });

  it('keeps addressees that hold numbers of their own', () => {
    const names = ['各县(市、区)人民政府、开发区管委会', '甲市第一中学', '中国人民解放军第3201工厂', '市直各单位'];
    expect(tidyAddressees(names)).toEqual(names);
  });

  it('is applied to the 主送 whatever rule read it', () => {
    const text = [
      '甲省人民政府关于同意设立乙市经济开发区的批复',
      '发文字号',
      '甲政函〔2021〕15号',
      '成文日期2021年03月02日乙市人民政府：',
      '你市《关于设立经济开发区的请示》收悉。经研究，现批复如下：',
      '一、同意设立乙市经济开发区。',
      '甲省人民政府',
      '2021年3月2日',
    ].join('\n');
    expect(parseNotice(text).recipients).toEqual(['乙市人民政府']);
    expect(
      parseNotice(text.replace(/发文字号\n甲政函〔2021〕15号\n成文日期2021年03月02日/, '甲省人民政府公报2021年第8期')).recipients,
    ).toEqual(['乙市人民政府']);
  });
});

describe('a page’s buttons and prompts run into the 主送’s first 各 group', () => {
  it.each([
    [
      '甲自治区人民政府办公厅取消收藏成功!相关办事指南各盟行政公署、市人民政府,各旗县人民政府:',
      ['各盟行政公署、市人民政府', '各旗县人民政府'],
    ],
    ['主动公开朗读各乡镇人民政府,县直各有关单位:', ['各乡镇人民政府', '县直各有关单位']],
    ['分享到: 微信 空间各盟市农牧局,相关单位:', ['各盟市农牧局', '相关单位']],
  ])('starts the 主送 at its 各: %s', (line, recipients) => {
    const notice = parseNotice(['甲自治区人民政府关于做好防汛工作的通知', line, '为做好防汛工作,现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients).toEqual(recipients);
  });

  it.each(['县直各有关单位:', '市政府各部门,各直属机构:', '中央驻甲各单位:'])('keeps the head of a group before its 各: %s', (line) => {
    const notice = parseNotice(['甲县人民政府关于做好防汛工作的通知', line, '为做好防汛工作,现将有关事项通知如下。'].join('\n'));
    expect(notice.recipients[0]).toBe(line.split(/[,:]/)[0]);
  });
});
