import { describe, expect, it } from 'vitest';
import { isOrgNameLine } from '../../../shared/parser/lineKinds';
import { parseNotice } from '../../../shared/parser/parseNotice';

const BODY = ['各乡镇人民政府，县直各单位：', '为做好防汛工作，现将有关事项通知如下。', '一、提高认识。各单位要高度重视。'];
const issuerOf = (head: string[], closing: string[]) => parseNotice([...head, ...BODY, ...closing].join('\n')).issuer;

describe('the issuer read from a 版头 or a 署名, checked against the title', () => {
  it('holds no page marks or seal note before the name', () => {
    expect(issuerOf(['甲市人民政府关于做好防汛工作的通知'], ['【】甲市人民政府', '2023年5月6日'])).toBe('甲市人民政府');
    expect(issuerOf(['关于做好防汛工作的通知'], ['（盖章）甲市人民政府', '2023年5月6日'])).toBe('甲市人民政府');
  });

  it('is the title’s full name where it wrote a short form of it', () => {
    expect(issuerOf(['乙区人民政府办公室文件', '甲市乙区人民政府办公室关于做好防汛工作的通知'], [])).toBe('甲市乙区人民政府办公室');
    expect(issuerOf(['甲省应对疫情工作领导小组关于做好防汛工作的通知'], ['工作领导小组', '2023年5月6日'])).toBe('甲省应对疫情工作领导小组');
    expect(issuerOf(['甲市人民政府关于做好防汛工作的通知'], ['市政府', '2023年5月6日'])).toBe('甲市人民政府');
  });

  it('is two organs where the title joins two whole names with 和, never inside one name', () => {
    const issuersOf = (title: string) => parseNotice([title, ...BODY, '2023年5月6日'].join('\n')).issuers;
    expect(issuersOf('甲县财政局和甲县教育局关于做好防汛工作的通知')).toEqual(['甲县财政局', '甲县教育局']);
    expect(issuersOf('甲县人力资源和社会保障局关于做好防汛工作的通知')).toEqual(['甲县人力资源和社会保障局']);
  });

  it('is none where a title names a government’s office without its place and nothing names it whole', () => {
    expect(issuerOf(['区人民政府办公室关于做好防汛工作的通知'], ['2023年5月6日'])).toBeNull();
    expect(issuerOf(['区人民政府办公室关于做好防汛工作的通知'], ['甲市乙区人民政府办公室', '2023年5月6日'])).toBe('甲市乙区人民政府办公室');
  });

  it('is the 街道 that opens its 公告’s title without 关于, and no 街道 a word of a longer name holds', () => {
    const announced = (title: string) =>
      parseNotice([title, '居民朋友们、辖区单位:', '现将近日活动安排告知如下:', '一、活动时间', '7月28日下午。'].join('\n')).issuer;
    expect(announced('甲园街道领导干部联系群众活动公告')).toBe('甲园街道');
    expect(announced('甲园街道办事处关于开展联系群众活动的公告')).toBe('甲园街道办事处');
    expect(announced('甲园街道办公室活动公告')).toBeNull();
  });

  it('stays when the title names another organ, or another organ before the written one', () => {
    expect(issuerOf(['甲县人民政府关于做好防汛工作的通知'], ['乙县人民政府', '2023年5月6日'])).toBe('乙县人民政府');
    expect(issuerOf(['甲县人民政府办公室关于做好防汛工作的通知'], ['办公室', '2023年5月6日'])).toBe('办公室');
  });
});

describe("a page's field words glued into a line with an organ's name", () => {
  it('make it no organ’s name line, with or without a mirror’s pronunciations', () => {
    expect(isOrgNameLine('主題分類教育發布機構自治區人民政府辦公廳文號內政辦')).toBe(false);
    expect(isOrgNameLine('甲(xi)壯(zhuang)族自治區農(nong)業農(nong)村廳 甲(xi)壯(zhuang)族自治區財政廳')).toBe(true);
  });
});

describe('a county’s name signed without the province its title prints before it', () => {
  const notice = (signed: string) =>
    parseNotice(
      [
        '甲省乙县人民政府关于印发乙县土地征收管理办法的通知',
        '乙政办发〔2020〕102号',
        '各乡镇人民政府,县政府直属各单位:',
        '《乙县土地征收管理办法》已经县政府常务会议审议通过,现印发给你们,请认真贯彻执行。',
        signed,
        '2020年8月31日',
      ].join('\n'),
    );

  it('is the issuer as signed', () => {
    expect(notice('乙县人民政府').issuer).toBe('乙县人民政府');
  });

  it('while a short form still stands for the title’s full name', () => {
    expect(notice('县人民政府').issuer).toBe('甲省乙县人民政府');
  });
});
