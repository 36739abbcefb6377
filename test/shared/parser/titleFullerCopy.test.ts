import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const BODY = ['各乡镇人民政府，县直各单位：', '为做好防汛工作，现将有关事项通知如下。', '一、提高认识。各单位要高度重视。'];
const titleOf = (head: string[]) => parseNotice([...head, ...BODY].join('\n')).title;

describe('a page heading that cut the title short, the whole title on a line under it', () => {
  it('gives way to the line that holds the title’s start', () => {
    expect(titleOf(['做好防汛工作的通知', '甲县人民政府关于做好防汛工作的通知'])).toBe('甲县人民政府关于做好防汛工作的通知');
    expect(titleOf(['乙地区设立地级乙市的批复', '国务院关于同意甲省撤销乙地区设立地级乙市的批复'])).toBe(
      '国务院关于同意甲省撤销乙地区设立地级乙市的批复',
    );
  });

  it('gives way to the line that opens the organ’s name with its place', () => {
    expect(titleOf(['领导小组关于印发春耕生产工作指南的通知', '甲省应对疫情工作领导小组关于印发春耕生产工作指南的通知'])).toBe(
      '甲省应对疫情工作领导小组关于印发春耕生产工作指南的通知',
    );
    expect(titleOf(['防汛工作方案', '甲县防汛工作方案'])).toBe('甲县防汛工作方案');
  });

  it('gives way to the page table’s title that holds its start', () => {
    expect(titleOf(['索引号：001', '标题：甲县人民政府关于做好防汛工作的通知', '发文字号：甲政发〔2023〕1号', '做好防汛工作的通知'])).toBe(
      '甲县人民政府关于做好防汛工作的通知',
    );
  });

  it('stays when the longer line puts a byline before it', () => {
    expect(titleOf(['甲市文化市场管理规定', '甲省甲市人民政府甲市文化市场管理规定'])).toBe('甲市文化市场管理规定');
  });

  it('stays when the longer line is a title wrapped before its 文种', () => {
    expect(titleOf(['甲县防汛工作方案', '关于印发甲县防汛工作方案', '的通知'])).toBe('关于印发甲县防汛工作方案的通知');
  });
});
