import { describe, expect, it } from 'vitest';
import type { ParsedNotice } from '../../../shared/domain/notice';
import { analyzeNotice } from '../../../shared/parser/analyzeNotice';
import { fixtureText } from '../../corpus';

/**
 * Received notices from other places and years in the messy forms clerks get them (web pages with other
 * metadata layouts, PDF text wrapped at a fixed width, half-width punctuation, units on their own lines or
 * followed by deadlines, an attached 任务清单, no 主送, a cut ending), each read as a clerk would register it.
 */
const parse = (name: string) => analyzeNotice(fixtureText(`notices/${name}.txt`));
const rules = (notice: ParsedNotice) => notice.findings.map((f) => f.rule);
/** Each clause as "level path heading | units", the lead marked with *. */
const tree = (notice: ParsedNotice) =>
  notice.clauses.map(
    (c) => `${c.level} ${c.path} ${c.heading} | ${c.units.map((u) => (u.role === 'lead' ? `${u.name}*` : u.name)).join('、')}`,
  );

describe('a county notice pasted from a 政府信息公开 page with 信息名称/文　　号 rows and a 来源…发布时间 line', () => {
  const notice = parse('web-info-table-2023');

  it('drops the breadcrumb and buttons and takes the header from the notice, not the page', () => {
    expect(notice.issuer).toBe('沁水县人民政府办公室');
    expect(notice.docNumber?.text).toBe('沁政办发〔2023〕15号');
    expect(notice.title).toBe('沁水县人民政府办公室关于做好2023年汛期安全防范工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2023-05-26');
    expect(notice.metadata['发布时间']).toBe('2023-05-29 09:12');
    expect(notice.findings).toEqual([]);
  });

  it('reads （牵头单位：…；责任单位：…；完成时限：…） and （A负责，B配合） without the deadline', () => {
    expect(tree(notice)).toEqual([
      '1 一 压实防汛责任 | ',
      '2 一/一 落实行政首长负责制 | 县防办*、各乡镇人民政府',
      '2 一/二 开展汛前检查 | 县水务局*、县自然资源局、县住建局、县交通运输局',
      '1 二 强化监测预警 | ',
      '2 二/一 加强会商研判 | 县气象局*、县水务局、县应急局',
      '2 二/二 畅通预警发布渠道 | 县融媒体中心*、各乡镇人民政府、县移动公司、县联通公司',
      '1 三 做好应急准备 | ',
      '2 三/一 充实抢险队伍和物资 | 县应急局*、各乡镇人民政府',
      '2 三/二 严格值班值守 | 县应急局*、县政府办',
    ]);
  });
});

describe('a township notice whose web table is two cells a row, tab-separated, without colons', () => {
  const notice = parse('township-web-tab-table');

  it('reads the rows as the page table, not as the title', () => {
    expect(notice.title).toBe('东观镇人民政府关于做好2024年主汛期防汛工作的通知');
    expect(notice.metadata['标题']).toBe(notice.title);
    expect(notice.issuer).toBe('东观镇人民政府');
    expect(notice.docNumber?.text).toBe('东政发〔2024〕12号');
    expect(notice.signedDate).toBe('2024-06-03');
    expect(notice.recipients).toEqual(['各村（社区）党支部', '村（居）民委员会', '镇直各站所']);
  });

  it('drops a deadline without a year (6月15日前完成) from the units', () => {
    expect(tree(notice)).toEqual([
      '1 一 落实包村包户责任 | 镇应急办*、各包村领导',
      '1 二 抓好河道清障 | 镇水利站*、各沿河村',
      '1 三 做好物资储备 | 镇应急办*、各村（社区）',
    ]);
  });
});

describe('PDF text wrapped at 28 characters, a blank line between all lines, page numbers', () => {
  const notice = parse('pdf-wrapped-forest-fire');

  it('reads the 版头, title and closing', () => {
    expect(notice.issuer).toBe('偏关县人民政府办公室');
    expect(notice.docNumber?.text).toBe('偏政办发〔2022〕9号');
    expect(notice.title).toBe('偏关县人民政府办公室关于切实加强春季森林草原防灭火工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县直各有关单位']);
    expect(notice.signedDate).toBe('2022-03-18');
    expect(notice.remark).toBe('（此件公开发布）');
  });

  it('joins units wrapped across lines (县林\\n业局) and a 。 pushed to a line of its own', () => {
    expect(tree(notice)).toEqual([
      '1 一 严格落实防火责任 | ',
      '2 一/一 压实属地管理责任 | 各乡镇人民政府*',
      '2 一/二 落实部门监管责任 | 县林业局*、县应急局、县公安局、县文旅局',
      '1 二 全面管控野外火源 | ',
      '2 二/一 严格火源管理 | 县公安局*、县林业局',
      '2 二/二 开展隐患排查 | 国网偏关县供电公司*、县民政局、各乡镇人民政府',
      '1 三 提升应急处置能力 | 县应急局*、县林业局',
    ]);
    expect(notice.body).not.toMatch(/— \d —/);
    expect(notice.findings).toEqual([]);
  });
});

describe('a joint township notice wrapped at 26 characters with 第N页 共M页 footers and a running header', () => {
  const notice = parse('township-wrapped-fire');

  it('reads both issuers, the 版记 and the date', () => {
    expect(notice.issuers).toEqual(['中共东阳镇委员会', '东阳镇人民政府']);
    expect(notice.docNumber?.text).toBe('东党发〔2021〕35号');
    expect(notice.title).toBe('中共东阳镇委员会东阳镇人民政府关于开展冬季消防安全集中整治的通知');
    expect(notice.signedDate).toBe('2021-11-15');
    expect(notice.cc).toEqual(['县应急管理局', '县消防救援大队']);
    expect(notice.printer).toBe('东阳镇党政办公室');
    expect(notice.printedDate).toBe('2021-11-16');
  });

  it('gives level-3 items the 责任单位 line under them', () => {
    expect(tree(notice)).toEqual([
      '1 一 整治内容 | ',
      '2 一/一 开展消防安全大排查 | ',
      '3 一/一/1 排查人员密集场所 | 镇安监站*、镇派出所',
      '3 一/一/2 排查“三合一”场所 | 镇安监站*、各村民委员会',
      '2 一/二 加强消防宣传教育 | 镇宣传办*、镇中心校、各村民委员会',
      '1 二 工作要求 | ',
    ]);
    expect(notice.clauses[5].text).not.toContain('东阳镇人民政府');
  });
});

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

describe('a 紧急通知 without 主送', () => {
  const notice = parse('no-recipients-forest');

  it('starts the body right after the title and keeps every clause', () => {
    expect(notice.issuer).toBe('安泽县森林草原防灭火指挥部办公室');
    expect(notice.docNumber?.text).toBe('安森防办发〔2025〕3号');
    expect(notice.title).toBe('关于进一步加强清明期间森林草原防灭火工作的紧急通知');
    expect(notice.recipients).toEqual([]);
    expect(notice.signedDate).toBe('2025-03-28');
    expect(tree(notice)).toEqual([
      '1 一 严格落实“五包”责任制 | 各乡镇人民政府*',
      '1 二 加强进山路口检查 | 县林业局*、县公安局、各乡镇人民政府',
      '1 三 倡导文明祭扫 | 县民政局*、县融媒体中心',
      '1 四 加强值班值守 | ',
    ]);
  });
});

describe('a notice cut off mid-sentence, one bracket never closed', () => {
  const notice = parse('cut-at-end-safety');

  it('keeps the clauses, reads the unclosed bracket and warns about the cut', () => {
    expect(notice.docNumber?.text).toBe('襄安发〔2025〕4号');
    expect(notice.issuer).toBe('襄汾县安全生产委员会');
    expect(notice.signedDate).toBeNull();
    expect(tree(notice)).toEqual([
      '1 一 加强道路交通安全管理 | 县公安局交警大队*、县交通运输局',
      '1 二 加强旅游景区安全管理 | 县文旅局*、县市场监管局',
      '1 三 加强危险化学品和非煤矿山安全监管 | 县应急局*、县工信局',
      '1 四 加强值班值守 | ',
    ]);
    expect(notice.clauses[3].text.endsWith('第一时间按规定')).toBe(true);
    expect(rules(notice)).toEqual(['truncated-ending', 'missing-element']);
  });
});

describe('a web page copy with 字号：【大】【中】【小】, half-width “一.” and “1)” markers and an 附件下载 link', () => {
  const notice = parse('web-page-gas-download-links');

  it('drops the page buttons from the 来源 field and reads the header under it', () => {
    expect(notice.metadata['来源']).toBe('应急管理局');
    expect(notice.issuer).toBe('古交市人民政府办公室');
    expect(notice.docNumber?.text).toBe('古政办发〔2024〕30号');
    expect(notice.title).toBe('古交市人民政府办公室关于做好2024年燃气安全隐患排查整治工作的通知');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '街道办事处', '市直各有关单位']);
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

describe('a web copy that ran lines together: title over two lines, 主送 with the opening, 署名 with the date', () => {
  const notice = parse('run-together-lines-holiday');

  it('splits the 主送 from the opening sentence at its colon', () => {
    expect(notice.title).toBe('娄烦县人民政府安全生产委员会办公室关于做好2023年端午节期间安全生产工作的通知');
    expect(notice.docNumber?.text).toBe('娄安办发〔2023〕11号');
    expect(notice.recipients).toEqual(['各乡镇人民政府', '县安委会各成员单位']);
  });

  it('reads the 署名 and 成文日期 written on one line, the half-width 附注 and 抄送', () => {
    expect(notice.issuer).toBe('娄烦县人民政府安全生产委员会办公室');
    expect(notice.signature).toBe('娄烦县人民政府安全生产委员会办公室');
    expect(notice.signedDate).toBe('2023-06-16');
    expect(notice.remark).toBe('(此件公开发布)');
    expect(notice.cc).toEqual(['县委办公室', '县人大常委会办公室', '县政协办公室']);
    expect(notice.findings).toEqual([]);
  });

  it('reads units with a task after the role word (县教育局配合做好…) and labels with only a space between', () => {
    expect(tree(notice)).toEqual([
      '1 一 加强道路交通安全管理 | 县公安局交警大队*、县交通运输局',
      '1 二 加强水上安全管理 | 县水利局*、县文旅局、各乡镇人民政府、县教育局',
      '1 三 加强应急值守 | 县应急局*、县政府办',
    ]);
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
