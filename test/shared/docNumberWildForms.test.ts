import { describe, expect, it } from 'vitest';
import { findDocNumbers, parseDocNumber } from '../../shared/domain/docNumber';
import { parseNotice } from '../../shared/parser/parseNotice';

const texts = (text: string) => findDocNumbers(text).map((m) => m.docNumber.text);

describe('文号 forms seen on web pages', () => {
  it('keeps a traditional 號 and reads traditional leading words', () => {
    expect(texts('根據《通知》(青政辦發〔2023〕15號)要求')).toEqual(['青政辦發〔2023〕15號']);
    expect(texts('現將印發青府發〔2022〕3號文件')).toEqual(['青府發〔2022〕3號']);
  });

  it('keeps the pinyin a mirror site injects inside the code', () => {
    const [match] = findDocNumbers('按照《通知》(青政辦發(fā)〔2023〕8號)');
    expect(match.docNumber.agencyCode).toBe('青政辦發(fā)');
    expect(match.docNumber.serial).toBe(8);
    expect(parseDocNumber('青政辦發(fā)〔2023〕8號')?.docNumber.year).toBe(2023);
  });

  it('restores brackets that extraction lost, with the bracket defect', () => {
    const [lost, half] = findDocNumbers('依据青办字201730号和青办发电〔201830号文件');
    expect(lost.docNumber.text).toBe('青办字〔2017〕30号');
    expect(lost.defects.map((d) => d.rule)).toEqual(['doc-number-bracket']);
    expect(half.docNumber.text).toBe('青办发电〔2018〕30号');
    expect(texts('现将《某方案》(粤农〔2018184号)转发给你们')).toEqual(['粤农〔2018〕184号']);
    expect(texts('全县共有201730号码段')).toEqual([]);
    expect(texts('共投入资金20231500万元')).toEqual([]);
  });

  it('reads every bracket form', () => {
    for (const written of [
      '青政发[2024]3号',
      '青政发［2024］3号',
      '青政发(2024)3号',
      '青政发（2024）3号',
      '青政发【2024】3号',
      '青政发﹝2024﹞3号',
    ]) {
      expect(parseDocNumber(written)?.docNumber.text, written).toBe('青政发〔2024〕3号');
    }
  });
});

describe('a notice whose 文号 is glued to its title or stands only in the page table', () => {
  it('takes a 文号 glued after the title', () => {
    const notice = parseNotice(['青石县人民政府关于划定禁渔区的通告(青政告﹝2024﹞2号)', '为保护渔业资源,决定如下。'].join('\n'));
    expect(notice.docNumber?.text).toBe('青政告〔2024〕2号');
    expect(notice.title).toBe('青石县人民政府关于划定禁渔区的通告');
  });

  it('takes a 文号 cell from a page line with other cells', () => {
    const notice = parseNotice(
      [
        '名称: 青石县人民政府关于做好防汛工作的通知 文号: 青政〔2024〕5号',
        '青石县人民政府关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '现就有关事项通知如下。',
      ].join('\n'),
    );
    expect(notice.docNumber?.text).toBe('青政〔2024〕5号');
    expect(notice.title).toBe('青石县人民政府关于做好防汛工作的通知');
  });
});
