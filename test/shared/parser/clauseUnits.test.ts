import { describe, expect, it } from 'vitest';
import { findClauseUnits, parseAssignment } from '../../../shared/parser/clauseUnits';
import { splitOrgList } from '../../../shared/parser/unitNames';
import { parseNotice } from '../../../shared/parser/parseNotice';

const names = (text: string) => findClauseUnits(text).units.map((u) => u.name);

describe('responsible units of a clause', () => {
  it('reads （责任单位：A、B）', () => {
    expect(names('加强跟踪问效。\n(责任单位：各乡镇党委及政府、县安委会成员单位)')).toEqual(['各乡镇党委及政府', '县安委会成员单位']);
  });

  it('drops a deadline without a year (6月15日前完成) from the units', () => {
    expect(names('储备防汛物资。（镇应急办、各村（社区）按职责分工负责，6月15日前完成）')).toEqual(['镇应急办', '各村（社区）']);
  });

  it('cuts the task written after a role word: 县教育局配合做好学生防溺水教育', () => {
    expect(findClauseUnits('严防溺水。（县水利局、各乡镇人民政府负责，县教育局配合做好学生防溺水教育）').units).toEqual([
      { name: '县水利局', role: 'lead' },
      { name: '各乡镇人民政府', role: 'co' },
      { name: '县教育局', role: 'co' },
    ]);
  });

  it('reads a labelled sentence written after the task in the same paragraph', () => {
    const found = findClauseUnits('逐一检查消防设施。牵头单位：县文物局；配合单位：县消防救援大队。完成时限：2023年12月底前。');
    expect(found.units).toEqual([
      { name: '县文物局', role: 'lead' },
      { name: '县消防救援大队', role: 'co' },
    ]);
  });

  it('reads (A、B等部门分工负责) without 等部门 and the role phrase', () => {
    expect(names('开展演练。(县住建局、县交通局、县消防救援队等部门分工负责)')).toEqual(['县住建局', '县交通局', '县消防救援队']);
  });

  it('reads 〔A负责。以下事项均需县级政府负责，不再一一列明〕 as own units plus a standing default', () => {
    const found = findClauseUnits('定期组织学习。〔市安委会成员单位负责。以下事项均需县级政府负责，不再一一列明〕');
    expect(found.units).toEqual([{ name: '市安委会成员单位', role: 'lead' }]);
    expect(found.standingDefault).toEqual([{ name: '县级政府', role: 'lead' }]);
  });

  it('reads （县应急局牵头，县有关部门分工负责） with roles', () => {
    expect(parseAssignment('县应急局牵头，县有关部门分工负责')?.units).toEqual([
      { name: '县应急局', role: 'lead' },
      { name: '县有关部门', role: 'co' },
    ]);
  });

  it('reads （市级负有安全生产监管职责的部门指导督促落实）', () => {
    expect(names('落实措施。（市级负有安全生产监管职责的部门指导督促落实）')).toEqual(['市级负有安全生产监管职责的部门']);
  });

  it('reads labelled lines: 牵头单位：A；配合单位：B、C', () => {
    expect(findClauseUnits('开展排查。\n牵头单位：县住建局；配合单位：县公安局、县消防救援大队').units).toEqual([
      { name: '县住建局', role: 'lead' },
      { name: '县公安局', role: 'co' },
      { name: '县消防救援大队', role: 'co' },
    ]);
  });

  it('splits two labels on one line once the gap between them is closed up', () => {
    expect(findClauseUnits('排查内涝。\n牵头单位：市住建局配合单位：市城管局、市公安局交警大队').units).toEqual([
      { name: '市住建局', role: 'lead' },
      { name: '市城管局', role: 'co' },
      { name: '市公安局交警大队', role: 'co' },
    ]);
  });

  it('reads a role written after one name: 县应急局（牵头）、县公安局', () => {
    expect(findClauseUnits('加强巡查。\n责任单位：县公安局、县应急局（牵头）、县林业局(配合)').units).toEqual([
      { name: '县应急局', role: 'lead' },
      { name: '县公安局', role: 'co' },
      { name: '县林业局', role: 'co' },
    ]);
  });

  it('reads several units before one 牵头 as leads', () => {
    expect(parseAssignment('省应急厅、省委编办牵头，各市人民政府负责落实')?.units).toEqual([
      { name: '省应急厅', role: 'lead' },
      { name: '省委编办', role: 'lead' },
      { name: '各市人民政府', role: 'co' },
    ]);
  });

  it('leaves out the deadline written in the same bracket (完成时限：…, 2025年底前完成)', () => {
    expect(names('开展检查。(责任单位:县应急局、县公安局;完成时限:2025年6月底前)')).toEqual(['县应急局', '县公安局']);
    expect(names('开展检查。（市应急局负责，2025年6月底前完成）')).toEqual(['市应急局']);
    expect(names('开展检查。（县应急管理局、县市场监督管理局；2025年底前）')).toEqual(['县应急管理局', '县市场监督管理局']);
  });

  it('reads 参与 and 按照职责分工负责 as role phrases and 【】 as brackets', () => {
    expect(findClauseUnits('开展检查。（市住建局牵头，市应急局、市消防救援支队参与）').units).toEqual([
      { name: '市住建局', role: 'lead' },
      { name: '市应急局', role: 'co' },
      { name: '市消防救援支队', role: 'co' },
    ]);
    expect(names('开展检查。（县应急局、县公安局按照职责分工负责）')).toEqual(['县应急局', '县公安局']);
    expect(names('开展检查。【责任单位：县应急局】')).toEqual(['县应急局']);
  });

  it('strips the roles 主办, 协办 and 分别负责, the lead being the 主办', () => {
    expect(findClauseUnits('财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)').units).toEqual([
      { name: '省财政厅', role: 'lead' },
      { name: '省国税局', role: 'co' },
      { name: '地税局', role: 'co' },
    ]);
    expect(names('保持经济持续健康发展。(市政府各部門分別負責,年內持續推進)')).toEqual(['市政府各部門']);
  });

  it('drops the notes after a list (下同, 列第一位的为牵头部门, 以下各项…不再列出), the first unit leading when a note says so', () => {
    expect(
      names(
        '加快高铁项目前期工作。(责任单位:甲市发展改革委、财政局,各县人民政府按职责分工负责,下同。以下各项任务均涉及各县人民政府,不再列出)',
      ),
    ).toEqual(['甲市发展改革委', '财政局', '各县人民政府']);
    expect(findClauseUnits('下放审批事项。(省發展改革委、省編辦、省水利廳等負責,列第一位的為牽頭部門,下同)').units).toEqual([
      { name: '省發展改革委', role: 'lead' },
      { name: '省編辦', role: 'co' },
      { name: '省水利廳', role: 'co' },
    ]);
  });

  it('reads a standing note after a role with its task (…负责落实。以下各项工作均需…落实，不再列出)', () => {
    const found = findClauseUnits('编制准入清单。（市环境局牵头，各县人民政府负责落实。以下各项工作均需各县人民政府落实，不再列出。）');
    expect(found.units.map((u) => u.name)).toEqual(['市环境局', '各县人民政府']);
    expect(found.standingDefault).toEqual([{ name: '各县人民政府', role: 'lead' }]);
  });

  it('reads a note inside a paragraph that sets the standing assignment for the items after it as the section’s', () => {
    const found = findClauseUnits(
      '制定准入清单。〔市环境局牵头，市自然资源局参与，各县人民政府负责落实。以下各项工作均需各县人民政府落实，不再列出。〕按要求不再新建燃煤锅炉。（市环境局、市场监管局牵头）',
    );
    expect(found.units.map((u) => u.name)).toEqual(['市环境局', '市场监管局']);
    expect(found.standingDefault).toEqual([{ name: '各县人民政府', role: 'lead' }]);
    expect(names('开展排查（县应急局负责）。组织复查。（县住建局负责）')).toEqual(['县应急局', '县住建局']);
  });

  it('reads a bracket on a labelled line as part of its name, no unit of its own', () => {
    expect(names('推动企业扩产。\n牵头单位：县工信局\n配合单位：县开发区管委会、各镇政府(街道办事处)')).toEqual([
      '县工信局',
      '县开发区管委会',
      '各镇政府(街道办事处)',
    ]);
  });

  it('ignores parentheticals that explain a term', () => {
    expect(
      names('建立“一制四案”（突发事件应急包保责任制和防火、防汛应急预案），校外培训（托管）机构，落实（晋政发〔2025〕1号）。'),
    ).toEqual([]);
  });

  it('keeps reading after an unclosed bracket', () => {
    expect(names('加强监管（见附表。开展检查（县应急局负责）。')).toEqual(['县应急局']);
    expect(names('加强巡查。（县应急局（牵头）、县公安局负责')).toEqual(['县应急局', '县公安局']);
  });

  it('reads any depth of brackets, closed or not, in one pass', () => {
    expect(names(`开展检查${'（'.repeat(50_000)}县应急局负责）`)).toEqual(['县应急局']);
    expect(names(`开展检查（${'（'.repeat(50_000)}${'）'.repeat(50_000)}）。（县公安局负责）`)).toEqual(['县公安局']);
  });
});

describe('splitting a list of organizations', () => {
  it('keeps 各县(市、区)人民政府 and 各乡镇党委及政府 whole', () => {
    expect(splitOrgList('各县(市、区)人民政府、各乡镇党委及政府')).toEqual(['各县(市、区)人民政府', '各乡镇党委及政府']);
  });

  it('keeps names whose parts share one head whole', () => {
    expect(splitOrgList('综改示范区、中北高新区、西山示范区管委会,市直各委、局、办')).toEqual([
      '综改示范区、中北高新区、西山示范区管委会',
      '市直各委、局、办',
    ]);
  });

  it('does not split 和 inside a unit name (市规划和自然资源局, 市人力资源和社会保障局)', () => {
    expect(splitOrgList('市规划和自然资源局、市人力资源和社会保障局')).toEqual(['市规划和自然资源局', '市人力资源和社会保障局']);
  });

  it('splits 和 / 及 between two complete names', () => {
    expect(splitOrgList('县安委办及负有安全监管职责的部门')).toEqual(['县安委办', '负有安全监管职责的部门']);
    expect(splitOrgList('市安委会和防减救灾议事协调机构有关成员单位')).toEqual(['市安委会', '防减救灾议事协调机构有关成员单位']);
  });

  it('keeps 各市、县人民政府 whole: the divisions share one head', () => {
    expect(splitOrgList('各市、县人民政府，省人民政府各委、办、厅、局')).toEqual(['各市、县人民政府', '省人民政府各委、办、厅、局']);
  });

  it('lists the divisions of a 责任单位 run apart, while a 主送 keeps them as one group', () => {
    expect(names('（二）扩大就业。新增就业五千人。（责任单位：市人社局、市财政局，各县、区政府，甲新区管委）')).toEqual([
      '市人社局',
      '市财政局',
      '各县',
      '区政府',
      '甲新区管委',
    ]);
    expect(splitOrgList('各县、区政府，市直各部门')).toEqual(['各县、区政府', '市直各部门']);
  });

  it('splits 各村、各有关站所', () => {
    expect(splitOrgList('各村、各有关站所')).toEqual(['各村', '各有关站所']);
  });
});

describe('a unit list behind a stray bracket', () => {
  it('never yields a whole list as one unit name', () => {
    const units = [
      '市公安局',
      '市教育局',
      '市民政局',
      '市人力资源和社会保障局',
      '市规划和自然资源局',
      '市生态环境局',
      '市住房和城乡建设局',
      '市交通运输局',
    ];
    const notice = parseNotice(
      `一、总体要求\n（一）压实领导责任。不断提升履职能(夯实部门监管责任。各部门要落实责任。（${units.join('、')}，以下简称负有监管职责的部门）`,
    );
    const names = notice.clauses.flatMap((c) => c.units.map((u) => u.name));
    expect(names).toEqual(expect.arrayContaining(units));
    expect(names.filter((n) => n.length > 60)).toEqual([]);
  });
});

describe('a bracket after a telephone number', () => {
  it('names whose number it is, no unit', () => {
    expect(findClauseUnits('举报电话:0731-84010796(县森林防灭火专项组)').units).toEqual([]);
    expect(findClauseUnits('举报联系人:\n张明13947880249(甲村)\n李华15048869242(乙村)').units).toEqual([]);
  });

  it('still reads the units of a task that names a number inside it', () => {
    const units = findClauseUnits('开通24小时值班电话12345,及时受理群众诉求。(县政务服务中心)').units;
    expect(units.map((u) => u.name)).toEqual(['县政务服务中心']);
  });
});

describe('a bare name in brackets right after an organ’s name', () => {
  it('gives its other name, no unit', () => {
    expect(findClauseUnits('县督查组的具体督查时间将于当天电话通知相关中心小学(中心学校)。').units).toEqual([]);
  });

  it('while a list closing a task, or one with its role, still assigns it', () => {
    expect(findClauseUnits('做好校车安全检查工作。(县教育局、县公安局)').units.map((u) => u.name)).toEqual(['县教育局', '县公安局']);
    expect(findClauseUnits('组织开展校车安全检查,督促各中心学校(县教育局负责)').units.map((u) => u.name)).toEqual(['县教育局']);
  });
});
