/**
 * Shapes first met in the real-notice sets AX and AY (stop 32), each written here as a small invented notice: a 文号
 * that lost both brackets and its 号, a date inside a sentence before the title it dates, a 决定's opening sentence
 * ending in a colon, a page's label glued after the date under a title, zones and villages listed under one head,
 * a page heading that lost a word before the title, and a forwarded notice opening at its own 主送 under the 附件说明.
 */
import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../shared/domain/docNumber';
import { noticeOfLines } from './noticeHelpers';

describe('a 文号 alone on its line that lost both brackets and its 号', () => {
  it('is read where its code ends in 办 or 府', () => {
    expect(parseDocNumber('丁府办20213')?.docNumber.text).toBe('丁府办〔2021〕3号');
    expect(parseDocNumber('丁市府20218')?.docNumber.text).toBe('丁市府〔2021〕8号');
    const notice = noticeOfLines([
      '丁市人民政府关于印发丁市农业发展规划的通知',
      '丁市府20218',
      '各县(市、区)人民政府,市政府各部门:',
      '现将《丁市农业发展规划》印发给你们,请认真贯彻执行。',
    ]);
    expect(notice.docNumber?.text).toBe('丁市府〔2021〕8号');
  });

  it('is not read from an organ’s name with a date glued on, nor from a long run of words', () => {
    expect(parseDocNumber('丁县人民政府202198')).toBeNull();
    expect(parseDocNumber('丁县农业农村发展办20218')).toBeNull();
  });
});

describe('a date inside a sentence, before the title of the document it dates', () => {
  it('is no 署名 and 成文日期, and the 决定 opening with that sentence has no 主送', () => {
    const notice = noticeOfLines([
      '戊省人民政府关于设立戊县的决定',
      '戊省人民政府批准戊州人民委员会2019年9月19日关于设立戊县的报告,并决定:',
      '设立戊县,县人民政府驻戊城镇。',
    ]);
    expect(notice.recipients).toEqual([]);
    expect(notice.signedDate).toBeNull();
    expect(notice.signature).toBeNull();
  });
});

describe('a page’s label glued after the date printed under the title', () => {
  it('opens a row of its own, and the date is the document’s', () => {
    const notice = noticeOfLines([
      '戊省人民政府关于设立戊县的决定',
      '戊省人民政府关于设立戊县的决定 2019年10月18日 发布机关:戊省人民政府 |',
      '设立戊县,县人民政府驻戊城镇。',
    ]);
    expect(notice.signedDate).toBe('2019-10-18');
    expect(notice.recipients).toEqual([]);
  });
});

describe('addressees listed under one head', () => {
  it('keeps zones whose committee the last one names together: a scenic area’s as a development zone’s', () => {
    const notice = noticeOfLines([
      '己县人民政府关于做好森林防火工作的通知',
      '各乡镇人民政府,丙山经济开发区、乙河风景区管委会、丁城管理处,县直有关单位:',
      '现将有关事项通知如下。',
    ]);
    expect(notice.recipients).toEqual(['各乡镇人民政府', '丙山经济开发区、乙河风景区管委会', '丁城管理处', '县直有关单位']);
  });

  it('keeps the villages and communities a 各 group goes on listing', () => {
    const notice = noticeOfLines(['关于开展环境卫生整治活动的通知', '各企事业单位、行政村:', '现将有关事项通知如下。']);
    expect(notice.recipients).toEqual(['各企事业单位、行政村']);
  });
});

describe('a page heading that lost a word, glued before the title', () => {
  it('ends before the title’s 关于, and the full title is read', () => {
    const notice = noticeOfLines([
      '关于做好、社区“两委”换届选举准备工作的函关于做好嘎查、社区“两委”换届选举准备工作的函各苏木镇:做好换届选举工作,意义十分重大。',
    ]);
    expect(notice.title).toBe('关于做好嘎查、社区“两委”换届选举准备工作的函');
    expect(notice.recipients).toEqual(['各苏木镇']);
  });
});

describe('a forwarded notice printed under the 附件说明 that names it', () => {
  it('opens at its own 主送: the note names one attachment, and the forwarded notice’s own 附 line is no attachment', () => {
    const notice = noticeOfLines([
      '庚市财政局转发省财政厅《关于印发〈救灾资金管理办法〉的通知》',
      '各区、县财政局:',
      '现将省财政厅《关于印发〈救灾资金管理办法〉的通知》转发给你们,请遵照执行。',
      '附件:省财政厅关于印发《救灾资金管理办法》的通知',
      '各市、县财政局:',
      '为加强救灾资金管理,我厅制定了《救灾资金管理办法》。现印发给你们,请遵照执行。',
      '附:救灾资金管理办法',
      '一、总则',
    ]);
    expect(notice.attachments).toEqual(['省财政厅关于印发《救灾资金管理办法》的通知']);
  });
});

describe('a breadcrumb ending in the page’s own step, the title glued after it', () => {
  it('ends after 正文, before the title’s 关于', () => {
    const notice = noticeOfLines([
      '当前位置:主页 > 政策 > 甲县 > 正文关于组织开展环境卫生整治活动的通知2021-06-02 甲县 收藏各企事业单位、行政村:为改善农村环境卫生状况,镇政府决定开展整治活动。',
    ]);
    expect(notice.title).toBe('关于组织开展环境卫生整治活动的通知');
  });
});
