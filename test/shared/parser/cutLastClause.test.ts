import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';

const notice = (...body: string[]) => parseNotice(['关于做好夏季防溺水工作的通知', '各乡镇人民政府，县直有关单位：', ...body].join('\n'));
const heads = (text: ReturnType<typeof parseNotice>) => text.clauses.map((c) => `${c.number} ${c.heading}`);
const truncated = (text: ReturnType<typeof parseNotice>) => text.findings.filter((f) => f.rule === 'truncated-ending');

describe('a clause cut off by the end of the text', () => {
  it('is left out when the text stops right after its marker', () => {
    const parsed = notice('一、加强巡查。各乡镇要组织巡查队伍。', '(一)强化值守。各乡镇要安排专人值守。', '(1)');
    expect(heads(parsed)).toEqual(['一 加强巡查', '一 强化值守']);
  });

  it('is left out and reported when the text stops before its first 。', () => {
    const parsed = notice('一、加强巡查。各乡镇要组织巡查队伍。', '二、开展宣传教育，应');
    expect(heads(parsed)).toEqual(['一 加强巡查']);
    expect(truncated(parsed)).toHaveLength(1);
    expect(parsed.body).toContain('开展宣传教育，应');
  });

  it('is kept when cut after its first 。, with the heading up to it', () => {
    const parsed = notice('一、加强巡查。各乡镇要组织巡查队伍，重点');
    expect(heads(parsed)).toEqual(['一 加强巡查']);
    expect(truncated(parsed)).toHaveLength(1);
  });

  it('keeps a short heading line that ends the text', () => {
    const parsed = notice('一、总体要求', '（一）指导思想');
    expect(heads(parsed)).toEqual(['一 总体要求', '一 指导思想']);
  });

  it('keeps the last item of a complete notice with its signature', () => {
    const parsed = notice('一、加强巡查。各乡镇要组织巡查。', '二、联系人：县应急局张明，电话1234567', '大宁县人民政府', '2024年6月1日');
    expect(heads(parsed)).toEqual(['一 加强巡查', '二 联系人：县应急局张明，电话1234567']);
  });

  it('leaves out a cut item of the plan attached after the date, and reports it', () => {
    const parsed = parseNotice(
      [
        '大宁县人民政府办公室关于印发大宁县防汛工作方案的通知',
        '各乡镇人民政府：',
        '《大宁县防汛工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
        '大宁县人民政府办公室',
        '2024年5月6日',
        '大宁县防汛工作方案',
        '一、工作目标。确保安全度汛。',
        '二、压实各级防汛责任，各乡镇要',
      ].join('\n'),
    );
    expect(heads(parsed)).toEqual(['一 工作目标']);
    expect(truncated(parsed)).toHaveLength(1);
  });
});

describe('a heading line followed only by a line read as page furniture', () => {
  it('is a complete heading-only item: only the item cut after its bare number goes', () => {
    const parsed = notice('一、主要任务', '（一）优化办理流程，扩大覆盖范围', '1');
    expect(heads(parsed)).toEqual(['一 主要任务', '一 优化办理流程，扩大覆盖范围']);
  });

  it('is still cut when the text stops inside it', () => {
    const parsed = notice('一、主要任务', '（一）优化办理流程，扩大');
    expect(heads(parsed)).toEqual(['一 主要任务']);
  });
});

describe('a short last line after a sibling that is a sentence, not a bare heading', () => {
  it('is that sentence item cut when its sibling ends with ；', () => {
    const parsed = notice('主要职责是：', '（一）监督检查有关规章的执行；', '（二）依法处理');
    expect(heads(parsed)).toEqual(['一 监督检查有关规章的执行；']);
    expect(truncated(parsed)).toHaveLength(1);
  });

  it('is that sentence item cut when its sibling is one whole sentence', () => {
    const parsed = notice('一、县政府工作的准则是，依法行政，务实清廉。', '二、县');
    expect(heads(parsed)).toEqual(['一 县政府工作的准则是，依法行政，务实清廉']);
    expect(truncated(parsed)).toHaveLength(1);
  });

  it('is still a complete heading-only item after a bare heading sibling', () => {
    const parsed = notice('一、总体要求', '各乡镇要高度重视。', '二、工作措施');
    expect(heads(parsed)).toEqual(['一 总体要求', '二 工作措施']);
  });
});

describe('a short first item ending the text under its parent heading', () => {
  it('is cut when the parent is a long phrase, whose items run on after their heading', () => {
    const parsed = notice('一、工作目标', '全年培训农民工一万人。', '二、健全服务体系，全面实施农民工技能提升“双百”工程', '（一）建立培训');
    expect(heads(parsed)).toEqual(['一 工作目标', '二 健全服务体系，全面实施农民工技能提升“双百”工程']);
    expect(truncated(parsed)).toHaveLength(1);
  });

  it('is a complete heading-only item under a short topic heading', () => {
    const parsed = notice('一、工作目标', '全年培训农民工一万人。', '二、保障措施', '（一）组织领导');
    expect(heads(parsed)).toEqual(['一 工作目标', '二 保障措施', '一 组织领导']);
  });
});

describe('a list item closed by its semicolon at the very end of a copy', () => {
  it('is a whole item, no cut one', () => {
    const notice = parseNotice(
      [
        '甲市城乡医疗救助办法',
        '第三条 符合下列条件之一的人员,可以申请城乡医疗救助:',
        '(一)享受城市居民最低生活保障和农村居民最低生活保障的人员;',
        '(二)农村五保对象;',
      ].join('\n'),
    );
    expect(notice.clauses.map((c) => c.number)).toEqual(['一', '二']);
  });
});
