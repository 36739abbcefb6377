import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

/** Page furniture that real notice pages print between or above a notice's header lines. */
describe('page lines between the title and the 主送', () => {
  it('leaves a metadata row with spaced-out labels out of the 主送', () => {
    const notice = parseNotice(
      [
        '区人民政府办公室关于印发防汛工作方案的通知',
        '2024-03-05 09:00 区人民政府办公室',
        '索 引 号 AB1234/2024-00012 发文日期 2024-03-04',
        '发布机构 区人民政府办公室 文    号 青政办〔2024〕3号',
        '分   类 政务公开 有 效 性 有效',
        '各街道办事处、乡人民政府,区人民政府各部门:',
        '《防汛工作方案》已经区人民政府同意,现印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各街道办事处、乡人民政府', '区人民政府各部门']);
    expect(notice.title).toBe('区人民政府办公室关于印发防汛工作方案的通知');
  });

  it('leaves a page’s 发布人 and 发布日期 lines out of the 主送', () => {
    const notice = parseNotice(
      [
        '转发教务部:关于规范校区公文交换工作的通知',
        '发布人:青石学院',
        '发布日期:2010-04-06',
        '东校区各单位:',
        '为了规范东校区公文交换工作,现通知如下:',
        '1、每天上午9:00交换文件;',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['东校区各单位']);
  });
});

describe('page furniture around a notice’s title', () => {
  const body = ['各乡镇人民政府,县直各单位:', '现将《防汛工作要点》印发给你们,请贯彻执行。'];

  it('reads a title that ends in a table cell’s bar', () => {
    const notice = parseNotice(['青石县水利局关于印发2024年防汛工作要点的通知 |', ...body].join('\n'));
    expect(notice.title).toBe('青石县水利局关于印发2024年防汛工作要点的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('drops a site column’s name glued before the title with 丨', () => {
    const notice = parseNotice(['政务公开丨青石县人民政府关于做好防汛工作的通知', ...body].join('\n'));
    expect(notice.title).toBe('青石县人民政府关于做好防汛工作的通知');
    expect(notice.issuer).toBe('青石县人民政府');
  });

  it('takes a banner of short words ending in 。 for no sentence of the body', () => {
    const notice = parseNotice(
      [
        '我们的口号: 团结、奋进、务实、创新, 诚信、友爱、包容、开放, 勤俭、节约、绿色、安全。',
        '青石县人民政府关于做好防汛工作的通知',
        ...body,
      ].join('\n'),
    );
    expect(notice.title).toBe('青石县人民政府关于做好防汛工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
  });

  it('leaves a view counter and a tag line out of the title', () => {
    const notice = parseNotice(['青石县人民政府关于做好防汛工作的通知', '166人看過', '通知,意見,', ...body].join('\n'));
    expect(notice.title).toBe('青石县人民政府关于做好防汛工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各单位']);
    const glued = parseNotice(['青石县人民政府关于做好防汛工作的通知 166人看過', ...body].join('\n'));
    expect(glued.title).toBe('青石县人民政府关于做好防汛工作的通知');
  });
});

describe('an encyclopedia page whose lead names the notice before printing it', () => {
  it('reads the header printed under the lead and its infobox, not the lead’s mention of the 文号', () => {
    const notice = parseNotice(
      [
        '青石市防汛能力建设实施意见',
        '2021年5月6日,青石市委办公室、青石市人民政府办公室以青委办〔2021〕12号印发《青石市防汛能力建设实施意见》。该《意见》分总体要求、主要任务两部分。',
        '基本介绍',
        '• 中文名:青石市防汛能力建设实施意见',
        '• 文号:青委办〔2021〕12号',
        '通知,意见,',
        '青石市委办公室青石市政府办公室关于印发《青石市防汛能力建设实施意见》的通知',
        '青委办〔2021〕12号',
        '各县(市、区)委、人民政府,市直属各单位:',
        '《青石市防汛能力建设实施意见》已经市委、市政府同意,现印发给你们,请认真组织实施。',
        '中共青石市委办公室 青石市人民政府办公室',
        '2021年5月6日',
      ].join('\n'),
    );
    expect(notice.title).toBe('青石市委办公室青石市政府办公室关于印发《青石市防汛能力建设实施意见》的通知');
    expect(notice.docNumber?.text).toBe('青委办〔2021〕12号');
    expect(notice.recipients).toEqual(['各县(市、区)委、人民政府', '市直属各单位']);
    expect(notice.citations).toEqual([]);
  });
});

describe('a page whose lead names the notice, without a heading of its own', () => {
  it('reads the notice from its issuer and title lines under the lead', () => {
    const notice = parseNotice(
      [
        '2021年5月6日,青石市人民政府以青政发〔2021〕12号印发防汛实施意见。该意见分总体要求、主要任务两部分。',
        '青石市人民政府',
        '关于加强防汛能力建设的实施意见',
        '青政发〔2021〕12号',
        '各县(市、区)人民政府,市政府各部门:',
        '为加强防汛能力建设,现提出如下意见。',
      ].join('\n'),
    );
    expect(notice.title).toBe('青石市人民政府关于加强防汛能力建设的实施意见');
    expect(notice.docNumber?.text).toBe('青政发〔2021〕12号');
    expect(notice.recipients).toEqual(['各县(市、区)人民政府', '市政府各部门']);
  });
});
