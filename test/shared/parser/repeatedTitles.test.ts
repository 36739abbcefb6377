import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { tidyTitle } from '../../../shared/parser/titleTidy';

/**
 * Invented notices in the shapes of real pages: titles printed twice or in part — a page heading repeating the
 * title (also in traditional characters, with topic tags under the view counter), a metadata block printed twice,
 * a title a page printed short or in its own words, a law database heading that prints the title before and after
 * the 版头.
 */
const TRADITIONAL_TITLE = '甲省人民政府關于加強鄉村學校建設的意見';
const traditionalPage = (chrome: string[], copy = TRADITIONAL_TITLE) =>
  parseNotice(
    [
      TRADITIONAL_TITLE,
      '2025-03-02 09:15',
      ...chrome,
      copy,
      '各市、縣人民政府,省政府各部門:',
      '為辦好鄉村教育,現提出如下意見。',
      '一、總體要求',
    ].join('\n'),
  );

describe('a 版头 split over two lines (…人民政府 / 文件) under a page heading repeating the title', () => {
  it('reads the organ as the 版头, not as the start of the title', () => {
    const notice = parseNotice(
      [
        '关于印发《甲省稳就业实施意见》的通知',
        '甲省人民政府',
        '文件',
        '甲政发〔2020〕16号',
        '关于印发《甲省稳就业实施意见》的通知',
        '各市人民政府:',
        '现将《甲省稳就业实施意见》印发给你们,请认真贯彻执行。',
        '甲省人民政府',
        '2020年3月20日',
      ].join('\n'),
    );
    expect(notice.title).toBe('关于印发《甲省稳就业实施意见》的通知');
    expect(notice.issuer).toBe('甲省人民政府');
    expect(notice.issuerMark).toBe('甲省人民政府文件');
  });
});

describe('a traditional page whose heading repeats the title', () => {
  it('ends the title at its traditional 文种 (意見)', () => {
    expect(traditionalPage([]).title).toBe(TRADITIONAL_TITLE);
  });
});

describe('a page that lists its topic tags under the view counter', () => {
  it('keeps the tags out of the title and the 主送, one a line or several on one line', () => {
    for (const tags of [['學校', '鄉村', '教師'], ['學校 鄉村 教師']]) {
      const notice = traditionalPage(['85人看過', ...tags], `${TRADITIONAL_TITLE}(甲政[2025]8號)`);
      expect(notice.title).toBe(TRADITIONAL_TITLE);
      expect(notice.recipients).toEqual(['各市、縣人民政府', '省政府各部門']);
    }
  });
});

describe('a title broken after its 关于, under a metadata block printed twice', () => {
  it('joins the issuer’s line ending in 关于 to the title', () => {
    const notice = parseNotice(
      [
        '乙市政府信息公开专栏 >> 乙市人民政府办公室',
        '',
        '索 引 号: 1122/2023-00101',
        '发文机关: 乙市人民政府办公室',
        '标    题: 乙市人民政府办公室关于印发《乙市某项管理办法》的通知',
        '发文字号: 乙市政办规〔2023〕3号',
        '索 引 号: 1122/2023-00101 分 类: 规范性文件',
        '标    题: 乙市人民政府办公室关于印发《乙市某项管理办法》的通知',
        '发文字号: 乙市政办规〔2023〕3号 发布日期: 2023年05月19日',
        '乙市人民政府办公室关于',
        '印发《乙市某项管理办法》的通知',
        ' ',
        '乙市政办规〔2023〕3号',
        ' ',
        '各镇人民政府,各街道办事处:',
        '  《乙市某项管理办法》已经市政府同意,现印发给你们,请认真组织实施。',
        ' 乙市人民政府办公室',
        '  2023年5月9日',
      ].join('\n'),
    );
    expect(notice.title).toBe('乙市人民政府办公室关于印发《乙市某项管理办法》的通知');
  });
});

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

describe('a law database page: its heading prints the title, then the 版头 organ, the 文号 and the title again', () => {
  const notice = parseNotice(
    [
      '印发甲省档案移交办法(试行)的通知',
      '时间:2024-06-30 07:30:37 来源: 法规资料网',
      '印发甲省档案移交办法(试行)的通知',
      '甲省人民政府办公厅',
      '',
      '甲府办〔2010〕12号',
      '',
      '印发甲省档案移交办法(试行)的通知',
      '各市人民政府,省政府各部门:',
      '《甲省档案移交办法(试行)》已经省人民政府同意,现印发给你们,请按照执行。',
      '甲省人民政府办公厅',
      '二○一○年三月八日',
    ].join('\n'),
  );

  it('keeps the title as printed: the organ above the 文号 is the 版头, not the issuer of a wrapped copy', () => {
    expect(notice.title).toBe('印发甲省档案移交办法(试行)的通知');
    expect(notice.issuer).toBe('甲省人民政府办公厅');
    expect(notice.docNumber?.text).toBe('甲府办〔2010〕12号');
    expect(notice.signedDate).toBe('2010-03-08');
  });
});
