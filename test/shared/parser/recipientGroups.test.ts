import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const notice = (recipients: string) =>
  parseNotice(['青石县人民政府关于做好防汛工作的通知', recipients, '现就有关事项通知如下。', '一、压实责任'].join('\n'));

describe('主送 groups that share a head', () => {
  it('keeps 各部门、各直属机构 and 党工委、办事处 whole, and splits complete addressees', () => {
    expect(notice('各乡镇人民政府,县政府各部门、各直属机构:').recipients).toEqual(['各乡镇人民政府', '县政府各部门、各直属机构']);
    expect(notice('各街道党工委、办事处,区直各单位:').recipients).toEqual(['各街道党工委、办事处', '区直各单位']);
    expect(notice('青石县人民政府、青石经开区管委会:').recipients).toEqual(['青石县人民政府', '青石经开区管委会']);
  });

  it('never takes a body sentence ending with a colon for a 主送 (a 公告 has none)', () => {
    const announcement = parseNotice(
      [
        '青石县人民政府拟征收土地启动公告',
        '为实施土地利用总体规划,根据《中华人民共和国土地管理法》的规定,经县政府研究,现发布公告如下:',
        '一、征收范围',
      ].join('\n'),
    );
    expect(announcement.recipients).toEqual([]);
    expect(announcement.title).toBe('青石县人民政府拟征收土地启动公告');
  });
});
