import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { tidyTitle } from '../../../shared/parser/titleTidy';
import { withLostSpacesRestored } from '../../../shared/parser/lostSpaces';
import { parseDocNumber } from '../../../shared/domain/docNumber';

/** Invented notices in the shapes of real pages from a tenth held-out set. */

describe('titles a page printed short or with its own words', () => {
  it('takes the title line under a page heading that dropped the issuer’s city', () => {
    const notice = parseNotice(
      [
        '白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知',
        '字号:',
        '云岭市白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知',
        '各镇人民政府,区政府各部门:',
        '现将《白沙区优化营商环境行动方案》印发给你们,请认真贯彻执行。',
        '2024年3月5日',
      ].join('\n'),
    );
    expect(notice.title).toBe('云岭市白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知');
    expect(notice.issuer).toBe('云岭市白沙区人民政府办公室');
  });

  it('keeps the page heading when the line below adds no place', () => {
    const notice = parseNotice(
      [
        '白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知',
        '字号:',
        '白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知',
        '各镇人民政府:',
        '现将《白沙区优化营商环境行动方案》印发给你们,请认真贯彻执行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('白沙区人民政府办公室关于印发《白沙区优化营商环境行动方案》的通知');
  });

  it('drops a field label glued before the title and a copy glued after it', () => {
    expect(tidyTitle('文号对某县第三次会议第8号建议的答复是否同意公开:对某县第三次会议第8号建议的答复')).toBe(
      '对某县第三次会议第8号建议的答复',
    );
    expect(tidyTitle('标题:关于开展河道清理的通知')).toBe('关于开展河道清理的通知');
    expect(tidyTitle('文号管理办法')).toBe('文号管理办法');
  });

  it('drops a page heading glued before the document’s own title', () => {
    expect(tidyTitle('云岭州白沙县投资优惠政策白沙县招商引资优惠政策(试行)')).toBe('白沙县招商引资优惠政策(试行)');
    expect(tidyTitle('某县人民政府关于印发某县实施方案的通知')).toBe('某县人民政府关于印发某县实施方案的通知');
    expect(tidyTitle('某县招商引资优惠政策')).toBe('某县招商引资优惠政策');
  });

  it('drops spaces an extraction left beside brackets inside the title', () => {
    expect(tidyTitle('某乡人民政府关于印发《某乡应急预案 (试行) 》的通知')).toBe('某乡人民政府关于印发《某乡应急预案(试行)》的通知');
    expect(tidyTitle('甲市人民政府 乙市人民政府关于联合开展某项工作的通知')).toBe('甲市人民政府 乙市人民政府关于联合开展某项工作的通知');
  });

  it('passes over a document-sharing site’s banner and reading prompts', () => {
    const notice = parseNotice(
      [
        'ABC文库 - 海量文档,下载即用。',
        '下载后继续阅读',
        '当前文档共20页 2.88',
        '某乡人民政府',
        '关于印发某乡应急预案的通知',
        '各村:',
        '现印发给你们,请认真遵照执行。',
        '某乡人民政府',
        '2022年2月27日',
      ].join('\n'),
    );
    expect(notice.title).toBe('某乡人民政府关于印发某乡应急预案的通知');
    expect(notice.recipients).toEqual(['各村']);
  });

  it('drops a document-sharing site’s stamp and caption before the title', () => {
    const notice = parseNotice(
      [
        '精选优质文档-倾情为你奉上',
        '文档简介',
        '某县招商引资优惠办法',
        '第一条 为优化投资环境,制定本办法。',
        '第二条 本办法自发布之日起施行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('某县招商引资优惠办法');
  });

  it('passes over a site’s motto above the title', () => {
    const notice = parseNotice(
      [
        '宣传代表制度 交流履职经验;推进法治建设 构建和谐山城。山城依然美丽!',
        '信息搜索:',
        '某州人民代表大会常务委员会机关公文处理办法',
        '来源:州人大',
        '第一条 为规范公文处理工作,制定本办法。',
        '第二条 本办法自印发之日起施行。',
      ].join('\n'),
    );
    expect(notice.title).toBe('某州人民代表大会常务委员会机关公文处理办法');
  });
});

describe('a 文号 in parentheses that lost its own brackets', () => {
  it('reads year and serial run together under a title', () => {
    expect(parseDocNumber('(某发201120 号)')?.docNumber.text).toBe('某发〔2011〕20号');
    expect(parseDocNumber('（某府办发20195号）')?.docNumber.text).toBe('某府办发〔2019〕5号');
  });

  it('reads no 文号 in a bracketed note without its 号 or its code word', () => {
    expect(parseDocNumber('(某发201120)')).toBeNull();
    expect(parseDocNumber('(2011年20号)')).toBeNull();
    expect(parseDocNumber('(共计201120号)')).toBeNull();
  });
});

describe('a regulation’s 题注 without brackets', () => {
  it('dates the regulation by its latest step, each wrapped after its body and dated without marks', () => {
    const notice = parseNotice(
      [
        '某州人民代表大会常务委员会机关公文处理办法',
        '2017822日某州第十二届人民代表大会',
        '常务委员会第六次主任会议修订',
        '2023年8月28日某州第十届人民代表大会',
        '常务委员会第二十次主任会议修订',
        '第一章 总则',
        '第一条 为规范公文处理工作,制定本办法。',
      ].join('\n'),
    );
    expect(notice.title).toBe('某州人民代表大会常务委员会机关公文处理办法');
    expect(notice.signedDate).toBe('2023-08-28');
  });

  it('takes no date from a dated line that names no step', () => {
    const notice = parseNotice(
      ['某州公文处理办法', '2023年8月28日某州人民代表大会常务委员会', '第一条 为规范公文处理工作,制定本办法。'].join('\n'),
    );
    expect(notice.signedDate).toBeNull();
  });
});

describe('full-width spaces lost as question marks', () => {
  it('reads the 署名 and the date indented by question marks', () => {
    const notice = parseNotice(
      [
        '某市人民政府关于印发某项实施方案的通知',
        '各区人民政府,市各委、办、局:',
        '现将《某项实施方案》印发给你们,请认真贯彻执行。',
        '?',
        '??????????????? ?某市人民政府',
        '???????????? 2018年12月4日',
        '?',
        '某项实施方案',
        '一、总体要求',
        '(一)指导思想。坚持稳中求进。',
        '(二)目标指标。三年内完成。',
      ].join('\n'),
    );
    expect(notice.issuer).toBe('某市人民政府');
    expect(notice.signedDate).toBe('2018-12-04');
    expect(notice.clauses.length).toBeGreaterThan(0);
  });

  it('keeps a question mark that is not at a line’s start, and keeps offsets', () => {
    const text = '为什么?是否可行?\n?? 某局';
    const restored = withLostSpacesRestored(text);
    expect(restored).toBe('为什么?是否可行?\n   某局');
    expect(restored.length).toBe(text.length);
  });
});

describe('主送 groups', () => {
  it('keeps deputies addressed by the title after the last name as one group', () => {
    const notice = parseNotice(
      [
        '某县水务局关于对第5号建议办理情况的复函',
        '张明、李华、王芳代表:',
        '你们提出的建议收悉,现答复如下。',
        '某县水务局',
        '2023年10月7日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['张明、李华、王芳代表']);
  });

  it('keeps zones that share one committee’s name as one addressee', () => {
    const notice = parseNotice(
      [
        '某市普查领导小组办公室关于印发某项办法的通知',
        '各县(市、区)普查领导小组办公室,某经济技术开发区、某旅游经济特区管委会普查领导小组办公室:',
        '现将某项办法印发给你们,请遵照执行。',
        '某市普查领导小组办公室',
        '2023年8月30日',
      ].join('\n'),
    );
    expect(notice.recipients).toEqual(['各县(市、区)普查领导小组办公室', '某经济技术开发区、某旅游经济特区管委会普查领导小组办公室']);
  });
});
