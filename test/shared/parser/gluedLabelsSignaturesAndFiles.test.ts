import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { unglueLine } from '../../../shared/parser/unglue';

/** Glued shapes of a page's header and a notice's body, each cut where the printed text had its line break. */

describe('a quoted title glued to a page label', () => {
  it('ends at its closing 》 before an empty label', () => {
    expect(unglueLine('乙政办〔2021〕5号《乙市人民政府办公室关于加强冬季防火工作的通知》浏览量:时间:2021-11-02', true)).toEqual([
      '乙政办〔2021〕5号《乙市人民政府办公室关于加强冬季防火工作的通知》',
      '浏览量:时间:2021-11-02',
    ]);
  });

  it('ends there when the page is written in traditional forms', () => {
    expect(unglueLine('《乙市人民政府辦公室關於加強冬季防火工作的通知》瀏覽量:', true)).toEqual([
      '《乙市人民政府辦公室關於加強冬季防火工作的通知》',
      '瀏覽量:',
    ]);
  });
});

describe('a title printed twice with chrome glued before its first copy', () => {
  const title = '丙市人民政府办公室关于做好丙市人民政府秋季森林防火工作的通知';
  const body =
    '丙政办发〔2022〕3号各县区人民政府,市直各部门:入秋以来,我市降水偏少,森林火险等级持续偏高。为切实做好秋季森林防火工作,经市政府同意,现就有关事项通知如下。';

  it('ends the chrome before the first copy and the first copy before the second', () => {
    const pieces = unglueLine(`站内检索开始检索${title}${title}${body}`, true);
    expect(pieces.slice(0, 3)).toEqual(['站内检索开始检索', title, title]);
  });

  it('keeps an issuer’s name glued before a shorter copy with its title', () => {
    const short = '关于做好丙市人民政府秋季森林防火工作的通知';
    const pieces = unglueLine(`丙市人民政府办公室${short}${short}${body}`, true);
    expect(pieces[0]).not.toBe('丙市人民政府办公室');
  });
});

describe('a 署名 glued after a contact’s telephone number', () => {
  const notice = (contact: string) =>
    [
      '关于开展春季农机安全检查的通知',
      '各乡镇农业服务中心:',
      '为做好春季农机安全生产工作,请各单位于4月20日前完成辖区内农机安全检查,并将检查情况报县农业农村局。',
      contact,
      '丁县农业农村局',
      '2023年4月6日',
    ].join('');

  it('starts after the number', () => {
    const n = parseNotice(notice('联系人:王五,联系电话:0000-7654321'));
    expect([n.issuers, n.signedDate]).toEqual([['丁县农业农村局'], '2023-04-06']);
  });

  it('starts after a number the page masked', () => {
    const n = parseNotice(notice('联系电话:0000-*'));
    expect([n.issuers, n.signedDate]).toEqual([['丁县农业农村局'], '2023-04-06']);
  });
});

describe('a 成文日期 glued between the notice’s last sentence and the document it issues', () => {
  it('stands on a line of its own where the notice quoted that document', () => {
    const line = '经县政府同意,现将《戊县农村供水工程管理办法》印发给你们,请认真贯彻执行。2024年3月8日戊县农村供水工程管理办法第一章总则';
    expect(unglueLine(line, false)).toEqual([
      '经县政府同意,现将《戊县农村供水工程管理办法》印发给你们,请认真贯彻执行。',
      '2024年3月8日',
      '戊县农村供水工程管理办法',
      '第一章总则',
    ]);
  });

  it('stays in a sentence that opens with it', () => {
    const line = '各单位要按照《戊县农村供水工程管理办法》抓好落实。2024年3月8日戊县水利局召开专题会议,部署全县农村供水工作。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a date glued before a name that opens with 内', () => {
  it('ends there where the name is 内蒙古’s', () => {
    const line =
      '《内蒙古自治区某某盟草原防火办法》已经盟行政公署会议审议通过,现予印发。2015年9月3日内蒙古自治区某某盟草原防火办法第一章总则';
    expect(unglueLine(line, false).slice(1, 3)).toEqual(['2015年9月3日', '内蒙古自治区某某盟草原防火办法']);
  });

  it('goes on where 内 means within the date', () => {
    const line = '请各旗县于2015年9月30日内将检查情况报送盟草原防火办公室。';
    expect(unglueLine(line, false)).toEqual([line]);
  });
});

describe('a 主送 glued between the header and the body', () => {
  const body = '为做好今年的防汛工作,经市政府同意,现将有关事项通知如下。各单位要结合实际认真贯彻落实,确保各项措施落到实处。';

  it('may set its groups apart by a semicolon', () => {
    expect(unglueLine(`来源:己市人民政府各县、区人民政府,己市高新区管委会;市各委办局,各直属单位:${body}`, true)).toEqual([
      '来源:己市人民政府',
      '各县、区人民政府,己市高新区管委会;市各委办局,各直属单位:',
      body,
    ]);
  });

  it('may open with an autonomous prefecture addressed by its name alone', () => {
    const addressees = '庚辛自治州,各州、市、县(市)人民政府,自治区人民政府各部门:';
    expect(unglueLine(`关于做好冬春季森林防火工作的通知${addressees}${body}`, true)).toEqual([
      '关于做好冬春季森林防火工作的通知',
      addressees,
      body,
    ]);
  });
});

describe('a page’s validity field glued before the title', () => {
  it('keeps its value and ends before the title', () => {
    const pieces = unglueLine('发文字号壬政发〔2021〕4号有效性有效壬镇人民政府关于做好汛期巡河工作的通知', true);
    expect(pieces.slice(-1)).toEqual(['壬镇人民政府关于做好汛期巡河工作的通知']);
  });

  it('keeps its value when the label is bracketed or spelled apart', () => {
    expect(unglueLine('9. [发布日期] 2021-04-0210. [有效性] 有效壬镇人民政府关于做好汛期巡河工作的通知', true).slice(-1)).toEqual([
      '壬镇人民政府关于做好汛期巡河工作的通知',
    ]);
    expect(unglueLine('分 类 政务公开 有 效 性 有效各村民委员会,镇直各单位:', true).slice(-1)).toEqual(['各村民委员会,镇直各单位:']);
  });
});

describe('a 署名 glued under a heading-only item', () => {
  it('is never cut inside 办公室', () => {
    const pieces = unglueLine('中共癸县委办公室癸县人民政府办公室', false, [], '3.癸县乡镇职责任务清单目录');
    expect(pieces.some((p) => p.startsWith('公室'))).toBe(false);
  });
});

describe('attached files’ names glued together', () => {
  it('end at each file’s type', () => {
    expect(unglueLine('附件:丙卫函〔2016〕9号.pdf丁卫通〔2016〕4号.pdf', false)).toEqual([
      '附件:丙卫函〔2016〕9号.pdf',
      '丁卫通〔2016〕4号.pdf',
    ]);
    expect(unglueLine('附件:1.丙县乡镇任务清单(试行).xlsx2.丙县乡镇任务清单目录.xls', false)).toEqual([
      '附件:1.丙县乡镇任务清单(试行).xlsx',
      '2.丙县乡镇任务清单目录.xls',
    ]);
  });
});

describe('a heading glued to the label line under it', () => {
  it('ends before its units’ label', () => {
    expect(
      unglueLine('一、主要指标(一)粮食产量稳定在30万吨以上责任单位:区农业农村局(二)新增造林面积2万亩责任单位:区林业局', false),
    ).toEqual(['一、主要指标', '(一)粮食产量稳定在30万吨以上', '责任单位:区农业农村局', '(二)新增造林面积2万亩', '责任单位:区林业局']);
  });

  it('ends before its group’s members', () => {
    expect(unglueLine('各单位要认真落实。二、组成人员组长:张三(县委常委)副组长:李四', false)).toEqual([
      '各单位要认真落实。',
      '二、组成人员',
      '组长:张三(县委常委)副组长:李四',
    ]);
  });
});

describe('a 主送 glued after a table’s bar', () => {
  it('starts after the bar', () => {
    expect(unglueLine('子市卫生健康委关于印发2017年子市卫生健康工作要点的通知 |各区、县(市)卫生健康局、各直属单位:', true)).toEqual([
      '子市卫生健康委关于印发2017年子市卫生健康工作要点的通知 |',
      '各区、县(市)卫生健康局、各直属单位:',
    ]);
  });
});

describe('an organ’s name glued before a 文号', () => {
  it('ends where the 文号’s code opens, after a page label for the organ', () => {
    expect(unglueLine('发布:丑州卫生健康委丑卫健发〔2023〕2号', true)).toEqual(['发布:丑州卫生健康委', '丑卫健发〔2023〕2号']);
  });

  it('leaves a 文号 field’s value and a short code whole', () => {
    expect(unglueLine('文号:丑卫健发〔2023〕2号', true)).toEqual(['文号:丑卫健发〔2023〕2号']);
    expect(unglueLine('丑政办发〔2023〕2号', true)).toEqual(['丑政办发〔2023〕2号']);
  });
});

describe('a 主送 glued after a page’s bracketed button', () => {
  it('starts after the button’s closing bracket', () => {
    expect(unglueLine('【编辑日期:2018-03-13】 【来源:】 【关闭】各乡(镇)人民政府,县级各部门:', true)).toEqual([
      '【编辑日期:2018-03-13】 【来源:】 【关闭】',
      '各乡(镇)人民政府,县级各部门:',
    ]);
  });
});

describe('a title printed twice after a page row joined by a space', () => {
  it('ends the row before the first copy', () => {
    const title = '寅县人民政府办公室关于免费发送寅县人民政府公报及有关事项的通知';
    const body =
      '各乡镇人民政府,县政府各部门:为增强政府工作透明度,方便群众了解政府政策,经县政府同意,现将免费发送县政府公报的有关事项通知如下,请认真遵照执行。';
    expect(unglueLine(`寅县法律信息网 ${title} ${title} ${body}`, true).slice(0, 3)).toEqual(['寅县法律信息网', title, title]);
  });
});

describe('an attachment line with joint issuers a space apart glued after its name', () => {
  it('reads the attachment and both issuers', () => {
    const notice = parseNotice(
      [
        '甲省财政厅关于印发《甲省就业专项资金管理办法》的通知',
        '各州(市)财政局、人力资源和社会保障局:',
        '现将《甲省就业专项资金管理办法》印发给你们,请认真贯彻执行。',
        '附件:甲省就业专项资金管理办法甲省财政厅 甲省人力资源和社会保障厅',
        '2013年9月4日',
      ].join('\n'),
    );
    expect(notice.attachments).toEqual(['甲省就业专项资金管理办法']);
    expect(notice.issuers).toEqual(['甲省财政厅', '甲省人力资源和社会保障厅']);
  });
});
