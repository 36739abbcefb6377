import { describe, expect, it } from 'vitest';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { fixtureText } from '../../corpus';
import {
  analyzeFixture as parse,
  clauseTree as tree,
  outlineByPath as outline,
  ruleIds as rules,
  unitsAt as unitsOf,
} from './noticeHelpers';

/**
 * Fixture notices in test/fixtures/notices/, read as a clerk would register them: half-width punctuation and
 * markers, units on the line after a clause or a line of their own (with deadlines), （1） items ending in their
 * units, an attached 任务清单 and a 任务分工表 pasted as rows.
 */
describe('half-width punctuation everywhere: (一)…,…: and 1.…. with a . for 。', () => {
  const notice = parse('half-width-gas-safety');

  it('reads the header and reports the [2024] bracket', () => {
    expect(notice.issuer).toBe('长治市潞州区安全生产委员会办公室');
    expect(notice.docNumber?.text).toBe('潞安办发〔2024〕7号');
    expect(notice.recipients).toEqual(['各乡镇(街道)安委会', '区安委会各成员单位']);
    expect(notice.signedDate).toBe('2024-04-09');
    expect(rules(notice)).toContain('doc-number-bracket');
  });

  it('ends a heading at a typed “.” and gives each 1. item its own units', () => {
    expect(tree(notice)).toEqual([
      '1 一 排查整治范围 | ',
      '1 二 重点任务 | ',
      '2 二/一 整治燃气经营企业 | 区住建局*、区市场监管局、区应急局',
      '2 二/二 整治用气场所 | ',
      '3 二/二/1 餐饮企业 | 区市场监管局*',
      '3 二/二/2 老旧小区 | 区住建局*、各街道办事处',
      '3 二/二/3 学校医院 | 区教育局*、区卫健局',
      '2 二/三 打击违法违规行为 | 区公安分局*、区交通运输局、区市场监管局',
      '1 三 工作要求 | ',
      '2 三/一 加强组织领导 | ',
      '2 三/二 按时报送进度 | ',
    ]);
  });

  it('flags only the two requirement clauses that name no unit', () => {
    expect(notice.findings.filter((f) => f.rule === 'units-missing').map((f) => f.message)).toEqual([
      '条款“(一)加强组织领导”未写责任单位',
      '条款“(二)按时报送进度”未写责任单位',
    ]);
  });
});

describe('units written on the line after a clause, with deadlines and 长期坚持', () => {
  const notice = parse('units-next-line-flood');

  it('keeps an agency code that starts with 和 (和政办发)', () => {
    expect(notice.docNumber?.text).toBe('和政办发〔2024〕22号');
    expect(notice.issuer).toBe('和顺县人民政府办公室');
    expect(notice.cc).toEqual(['县委办公室', '县人大办公室', '县政协办公室']);
    expect(notice.printedDate).toBe('2024-05-20');
  });

  it('reads 责任单位：… / 牵头单位：… 配合单位：… lines and drops 完成时限', () => {
    expect(tree(notice)).toEqual([
      '1 一 清理排水设施 | 县住建局*、县城管局',
      '1 二 排查危旧房屋 | 县住建局*、各社区居委会',
      '1 三 加强地下空间管理 | 县住建局*、县消防救援大队、县市场监管局',
      '1 四 做好人员转移避险 | 县应急局*、县民政局、县教育局',
      '1 五 强化值班值守 | 县政府办*、县应急局',
    ]);
    expect(notice.findings).toEqual([]);
  });
});

describe('a web page copy with 字号：【大】【中】【小】, half-width “一.” and “1)” markers and an 附件下载 link', () => {
  const notice = parse('web-page-gas-download-links');

  it('drops the page buttons from the 来源 field and reads the header under it', () => {
    expect(notice.metadata['来源']).toBe('应急管理局');
    expect(notice.issuer).toBe('古交市人民政府办公室');
    expect(notice.docNumber?.text).toBe('古政办发〔2024〕30号');
    expect(notice.title).toBe('古交市人民政府办公室关于做好2024年燃气安全隐患排查整治工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府、街道办事处', '市直各有关单位']);
    expect(notice.signedDate).toBe('2024-05-06');
  });

  it('reads 1) as （1）, a 责任单位: line after a clause ending in “.”, and the downloaded file as the attachment', () => {
    expect(tree(notice)).toEqual([
      '1 一 全面开展隐患排查 | 市住建局*、市市场监管局、市应急局',
      '1 二 加强瓶装液化石油气管理 | ',
      '2 二/一 规范充装 | 市市场监管局*',
      '2 二/二 规范配送 | ',
      '4 二/二/1 建立配送人员信息库 | 市住建局*',
      '4 二/二/2 规范配送车辆管理 | 市公安局*、市交通运输局',
      '1 三 强化宣传教育 | 市委宣传部*、市融媒体中心',
    ]);
    expect(notice.attachments).toEqual(['燃气安全隐患排查整治任务清单']);
    expect(notice.unplaced).toEqual([]);
  });

  it('reports 1) straight under (二) as a level skip', () => {
    expect(rules(notice)).toEqual(['numbering-level-skip']);
  });
});

describe('a bureau notice indented with ideographic spaces, （1） items ending in their units and ；', () => {
  const notice = parse('bureau-items-with-inline-units');

  it('reads the header and the date in Chinese numerals, reporting its form', () => {
    expect(notice.issuer).toBe('静乐县应急管理局');
    expect(notice.docNumber?.text).toBe('静应急发〔2023〕27号');
    expect(notice.title).toBe('静乐县应急管理局关于开展汛期地质灾害隐患排查的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直有关单位']);
    expect(notice.signedDate).toBe('2023-06-01');
    expect(rules(notice)).toEqual(['date-format', 'numbering-level-skip']);
  });

  it('leaves the units parenthetical and the ； out of an item’s heading', () => {
    expect(tree(notice)).toEqual([
      '1 一 排查重点 | ',
      '2 一/一 山洪沟道 | ',
      '4 一/一/1 沟道内居住人员情况 | 县水利局*、各乡镇人民政府',
      '4 一/一/2 沟道行洪障碍物情况 | 县水利局*、县自然资源局',
      '2 一/二 地质灾害隐患点 | 县自然资源局*、各乡镇人民政府',
      '1 二 工作要求 | ',
    ]);
  });
});

describe('units written on a line of their own', () => {
  const notice = parse('units-as-lines');

  it('reads 责任单位：…, 牵头单位：… 配合单位：… on one line, （责任部门：…） and 县文旅局（牵头）', () => {
    expect(unitsOf(notice, '一/一')).toEqual(['市自然资源局*', '市水利局', '各乡镇人民政府', '街道办事处']);
    expect(unitsOf(notice, '一/二')).toEqual(['市住建局*', '市城管局', '市公安局交警大队']);
    expect(unitsOf(notice, '一/三')).toEqual(['市应急局*', '市住建局']);
    expect(unitsOf(notice, '一/四')).toEqual(['市文旅局*', '市公安局', '各乡镇人民政府']);
    expect(unitsOf(notice, '二/二')).toEqual(['市应急局*', '市委宣传部', '市融媒体中心']);
  });

  it('ends the last clause at its units line: 特此通知 is not a unit', () => {
    expect(notice.clauses.at(-1)!.text).toBe(
      '及时报送信息。各单位于每周五前将排查整治情况报市应急局。\n牵头单位：市应急局；配合单位：市委宣传部、市融媒体中心',
    );
    expect(notice.findings).toEqual([]);
  });
});

describe('a joint 通知 with an attached 任务清单 whose items name units after the task', () => {
  const notice = parse('fire-safety-task-list');

  it('reads both issuers, the 文号 under the title and the attachment', () => {
    expect(notice.issuers).toEqual(['中共平遥县委办公室', '平遥县人民政府办公室']);
    expect(notice.docNumber?.text).toBe('平办发〔2023〕41号');
    expect(notice.recipients).toEqual(['各乡镇党委和人民政府', '县委各部委', '县直各单位']);
    expect(notice.attachments).toEqual(['冬春火灾防控任务清单']);
    expect(notice.signedDate).toBe('2023-11-02');
  });

  it('reads “。牵头单位：A；配合单位：B。完成时限：…” inside an item', () => {
    expect(tree(notice)).toEqual([
      '1 一 聚焦重点场所 | 县消防救援大队*、县文物局',
      '1 二 强化宣传培训 | 县消防救援大队*、县委宣传部、县教育局',
      '1 三 落实工作责任 | ',
      '3 1 开展古城文物建筑消防安全检查 | 县文物局*、县消防救援大队、古城管委会',
      '3 2 整治电动自行车违规充电 | 县住建局*、县消防救援大队、各乡镇人民政府',
      '3 3 开展消防安全培训 | 县消防救援大队*',
    ]);
  });

  it('does not call the attachment’s 1. 2. 3. a level skip under the body’s last clause', () => {
    expect(notice.findings).toEqual([]);
  });
});

describe('a 任务分工表 pasted as rows “1 | 任务 | 牵头 | 配合 | 时限” in the attachment', () => {
  const notice = parse('task-table-attachment');

  it('makes each numbered row a task with its lead and co units, under the grouping row above it', () => {
    expect(outline(notice)).toEqual([
      '1:一 压实安全生产责任',
      '2:一/1 编制安全生产职责清单和年度重点工作任务清单',
      '1:二 深化重点领域整治',
      '2:二/2 开展城镇燃气安全专项整治',
      '2:二/3 开展道路交通安全“百日攻坚”行动',
      '2:二/4 推进基层应急能力建设',
    ]);
    expect(unitsOf(notice, '二/2')).toEqual(['县住建局*', '县市场监管局', '县应急局', '县消防救援大队']);
    expect(notice.clauses[5].text).toBe('推进基层应急能力建设\n牵头单位：县应急局\n配合单位：各乡镇人民政府\n完成时限：2025年12月底前');
  });

  it('reads the same table copied out of Word, its cells separated by tabs', () => {
    const tabbed = analyzeNotice(fixtureText('notices/task-table-attachment.txt').replace(/ *\| */g, '\t'));
    expect(outline(tabbed)).toEqual(outline(notice));
    expect(tabbed.clauses.map((c) => c.units)).toEqual(notice.clauses.map((c) => c.units));
  });

  it('keeps the rows as written in the body and finds nothing amiss', () => {
    expect(notice.body).toContain('\n2 | 开展城镇燃气安全专项整治 | 县住建局 | 县市场监管局、县应急局、县消防救援大队 | 2025年6月底前\n');
    expect(notice.findings).toEqual([]);
  });
});
