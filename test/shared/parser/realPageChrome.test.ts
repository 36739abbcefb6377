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
    expect(notice.recipients).toEqual(['各街道办事处', '乡人民政府', '区人民政府各部门']);
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
