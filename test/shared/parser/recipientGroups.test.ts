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

  it('keeps the group whole in traditional text with injected pinyin', () => {
    expect(notice('各鄉鎮人民政府,縣政府各部門、各直屬機(jī)構(gòu):').recipients).toEqual([
      '各鄉鎮人民政府',
      '縣政府各部門、各直屬機(jī)構(gòu)',
    ]);
    expect(notice('各街道黨工委、辦事處,區直各單位:').recipients).toEqual(['各街道黨工委、辦事處', '區直各單位']);
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

describe('主送 groups whose later part names its office, its party committee or its department', () => {
  it('keeps the offices of 各部门、各直属机构 with their note whole', () => {
    expect(notice('各县人民政府办公室,县政府各部门、各直属机构办公室(秘书处):').recipients).toEqual([
      '各县人民政府办公室',
      '县政府各部门、各直属机构办公室(秘书处)',
    ]);
  });

  it('keeps a 党组、党委 group and a placeless government office with the head before them', () => {
    expect(notice('各乡镇党委和人民政府,县直各党组、党委(工委):').recipients).toEqual(['各乡镇党委和人民政府', '县直各党组、党委(工委)']);
    expect(notice('各区教育局、人民政府教育督导室:').recipients).toEqual(['各区教育局、人民政府教育督导室']);
  });

  it('keeps divisions named before the department they share whole', () => {
    expect(notice('各市(州)、青石管委会教育局,各高等学校:').recipients).toEqual(['各市(州)、青石管委会教育局', '各高等学校']);
  });
});

describe('主送 lists whose parts share one head or tail', () => {
  it('keeps bare divisions with the division-led name whose head they share', () => {
    expect(notice('各区、县(市)水利局、各直属医院、各处室:').recipients).toEqual(['各区、县(市)水利局', '各直属医院', '各处室']);
    expect(notice('各省、自治区、直辖市人民政府,国务院各部委:').recipients).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委']);
    expect(notice('各市(州)、縣(市、區(qū))人民政府,省直各單位:').recipients).toEqual(['各市(州)、縣(市、區(qū))人民政府', '省直各單位']);
    expect(notice('各县区、市直各部门:').recipients).toEqual(['各县区', '市直各部门']);
    expect(notice('各设区市、县(市、区)人民政府,省直各单位:').recipients).toEqual(['各设区市、县(市、区)人民政府', '省直各单位']);
    expect(notice('各有关县(市、区)、乡(镇)人民政府:').recipients).toEqual(['各有关县(市、区)、乡(镇)人民政府']);
  });

  it('keeps development zones that share one 管委会 whole', () => {
    expect(notice('各县(市、区)人民政府,青石高新区、白湖新区、青石经济技术开发区管委会(筹备办公室),市政府各部门:').recipients).toEqual([
      '各县(市、区)人民政府',
      '青石高新区、白湖新区、青石经济技术开发区管委会(筹备办公室)',
      '市政府各部门',
    ]);
    expect(notice('青石区人民政府、青石经开区、青石职业技术学院、市直有关单位:').recipients).toEqual([
      '青石区人民政府',
      '青石经开区',
      '青石职业技术学院',
      '市直有关单位',
    ]);
  });

  it('keeps a 各 part that names no addressee with the head after it', () => {
    expect(notice('各镇街(园区)卫生、计生行政管理部门,区直各单位:').recipients).toEqual([
      '各镇街(园区)卫生、计生行政管理部门',
      '区直各单位',
    ]);
  });
});

describe('主送 groups whose later parts name no place of their own', () => {
  it('keeps a bare department with the department that names its place', () => {
    expect(notice('各县区财政局、农业局,县直有关单位:').recipients).toEqual(['各县区财政局、农业局', '县直有关单位']);
    expect(notice('白石旗水利局、财政局,青石县水利局、财政局:').recipients).toEqual(['白石旗水利局、财政局', '青石县水利局、财政局']);
    expect(notice('各县区财政局、县直有关单位:').recipients).toEqual(['各县区财政局', '县直有关单位']);
  });

  it('keeps kinds of institution listed under one 各 whole', () => {
    expect(notice('各县区教育局、体育局,各高校、科研院所、企业:').recipients).toEqual(['各县区教育局、体育局', '各高校、科研院所、企业']);
    expect(notice('各县區財政局、稅務局,各高校:').recipients).toEqual(['各县區財政局、稅務局', '各高校']);
  });
});

describe('a 主送 line that lost its colon', () => {
  it('is read when it lists addressees right above the opening sentence', () => {
    const parsed = parseNotice(
      ['青石县人民政府关于做好防汛工作的通知', '县政府各部门,各乡镇人民政府,县直各单位', '现将有关事项通知如下。', '一、压实责任'].join(
        '\n',
      ),
    );
    expect(parsed.recipients).toEqual(['县政府各部门', '各乡镇人民政府', '县直各单位']);
    expect(parsed.body.startsWith('现将')).toBe(true);
  });

  it('leaves a sentence that happens to name organs in the body', () => {
    const parsed = parseNotice(
      ['青石县人民政府关于做好防汛工作的通知', '县水利局,县应急局近日开展了汛前检查。', '一、压实责任'].join('\n'),
    );
    expect(parsed.recipients).toEqual([]);
  });
});

describe('主送 groups joined by 及', () => {
  it('keeps an organ with its own subordinate offices whole, and two addressees joined so', () => {
    expect(notice('各乡镇人民政府及所属部门,县直各单位:').recipients).toEqual(['各乡镇人民政府及所属部门', '县直各单位']);
    expect(notice('县直各部门及各乡镇人民政府:').recipients).toEqual(['县直各部门及各乡镇人民政府']);
  });
});

describe('a placeless 办公室 after a 各 department, with a note on who is left out', () => {
  it('stays with the department whose place it shares', () => {
    expect(notice('各市、县(区)水利局、农田建设办公室(甲市不发),省农垦总局农田建设办公室:').recipients).toEqual([
      '各市、县(区)水利局、农田建设办公室(甲市不发)',
      '省农垦总局农田建设办公室',
    ]);
    expect(notice('各市水利局、农田建设办公室:').recipients).toEqual(['各市水利局、农田建设办公室']);
  });
});

describe('主送 whose separators a page lost', () => {
  const opening = ['为做好防汛工作，经县政府同意，现通知如下：', '一、压实责任。各地要落实责任。', '青石县人民政府办公室', '2023年5月6日'];
  const recipientsOf = (...lines: string[]) =>
    parseNotice(['青石县人民政府办公室关于做好防汛工作的通知', ...lines, ...opening].join('\n')).recipients;

  it('splits complete addressees set apart by spaces only', () => {
    expect(recipientsOf('各乡镇人民政府 县直各单位：')).toEqual(['各乡镇人民政府', '县直各单位']);
    expect(recipientsOf('各乡镇人民政府，县政府各部门 各直属机构：')).toEqual(['各乡镇人民政府', '县政府各部门', '各直属机构']);
    expect(recipientsOf('主送：各乡镇人民政府 县政府各部门')).toEqual(['各乡镇人民政府', '县政府各部门']);
  });

  it('splits complete addressees printed on lines of their own without a separator', () => {
    expect(recipientsOf('各乡镇人民政府', '县直各单位：')).toEqual(['各乡镇人民政府', '县直各单位']);
    expect(recipientsOf('各乡镇人民政府，县直各', '单位：')).toEqual(['各乡镇人民政府', '县直各单位']);
  });
});

describe('主送 groups under one 各', () => {
  it('keeps a bare 政府 and a division’s own government with the group before them', () => {
    expect(notice('各乡镇党委、政府,县直各单位:').recipients).toEqual(['各乡镇党委、政府', '县直各单位']);
    expect(notice('各盟行政公署、市人民政府,自治区各委、办、厅、局:').recipients).toEqual([
      '各盟行政公署、市人民政府',
      '自治区各委、办、厅、局',
    ]);
    expect(notice('青石县人民政府、市人民政府:').recipients).toEqual(['青石县人民政府', '市人民政府']);
  });
});

describe('a 各 group whose second department has a long name of its own', () => {
  it('keeps the departments of each division whole', () => {
    expect(notice('各州(市)财政局、人力资源和社会保障局:').recipients).toEqual(['各州(市)财政局、人力资源和社会保障局']);
  });
});

describe("a place's schools followed by the kinds of school it goes on listing", () => {
  it('keeps them one group', () => {
    expect(notice('机关各科室,各学区,乡镇中小学、幼儿园:').recipients).toEqual(['机关各科室', '各学区', '乡镇中小学、幼儿园']);
  });
});

describe('主送 groups whose departments carry a note in brackets', () => {
  it('keeps the departments of each division whole', () => {
    expect(notice('各县(市)区、开发区教育局(文教局),直属各单位:').recipients).toEqual(['各县(市)区、开发区教育局(文教局)', '直属各单位']);
    expect(notice('各市教育局、财政局、发展改革委(局)、农业农村局,甲新区公共服务局:').recipients).toEqual([
      '各市教育局、财政局、发展改革委(局)、农业农村局',
      '甲新区公共服务局',
    ]);
  });
});

describe('groups a head shares through 有关 and 各 after it', () => {
  it('keeps 有关部门、有关直属机构 and 各司局、各派出机构、各直属单位 whole', () => {
    expect(notice('各市(州)人民政府,省政府有关部门、有关直属机构:').recipients).toEqual([
      '各市(州)人民政府',
      '省政府有关部门、有关直属机构',
    ]);
    expect(notice('各省林业主管部门,国家林业局各司局、各派出机构、各直属单位:').recipients).toEqual([
      '各省林业主管部门',
      '国家林业局各司局、各派出机构、各直属单位',
    ]);
  });

  it('splits a body’s own members (各成员单位) from the bodies before it', () => {
    expect(notice('各州(市)防汛抗旱指挥部、省防汛抗旱指挥部各成员单位:').recipients).toEqual([
      '各州(市)防汛抗旱指挥部',
      '省防汛抗旱指挥部各成员单位',
    ]);
  });
});

describe('a place’s association after its departments', () => {
  it('shares their head', () => {
    expect(notice('各区卫生健康委、财政局、计划生育协会:').recipients).toEqual(['各区卫生健康委、财政局、计划生育协会']);
  });
});
