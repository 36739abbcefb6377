import { describe, expect, it } from 'vitest';
import { defaultRuleSet, localizationRuleSetSchema } from '../../../shared/drafting/localizationRules';
import { defaultLocalUnit, localizeText } from '../../../shared/drafting/localize';
import { mapUnitName } from '../../../shared/drafting/unitMapping';

const cityToCounty = defaultRuleSet({ level: 'city' }, { level: 'county', char: '县' });
const localize = (text: string) => localizeText(text, cityToCounty).text;

describe('localization rules from a city notice to a county', () => {
  it('changes the level words a county notice uses about itself', () => {
    expect(localize('为全市经济社会高质量发展筑牢坚实安全屏障')).toBe('为全县经济社会高质量发展筑牢坚实安全屏障');
    expect(localize('推进我市“三管三必须”实施细则编制印发')).toBe('推进我县“三管三必须”实施细则编制印发');
    expect(localize('市直各部门、市级有关部门')).toBe('县直各部门、县级有关部门');
    expect(localize('市安委会成员单位负责')).toBe('县安委会成员单位负责');
    expect(localize('把党中央国务院及省委省政府、市委市政府关于安全生产重大决策部署')).toBe(
      '把党中央国务院及省委省政府、县委县政府关于安全生产重大决策部署',
    );
  });

  it('turns the level below the city into the level below the county', () => {
    expect(localize('各县(市、区)人民政府')).toBe('各乡镇人民政府');
    expect(localize('各县（市、区）要加强')).toBe('各乡镇要加强');
    expect(localize('地质灾害高易发县(市、区)组建地震地质灾害工程救援队')).toBe('地质灾害高易发乡镇组建地震地质灾害工程救援队');
    expect(localize('市县两级有关部门')).toBe('县乡两级有关部门');
  });

  it('leaves 城市, 市场 and 市政 alone', () => {
    for (const text of [
      '优化城市安全格局',
      '对市场保有量充足、保质期短的物资',
      '加快市政设施改造',
      '建立政府、社会、市民三位一体',
      '全市场主体',
      '城市级应急预案',
      '市政工程质量',
    ]) {
      expect(localize(text)).toBe(text);
    }
  });

  it('changes the level next to a shielded word without touching it', () => {
    expect(localize('全市市场监管部门')).toBe('全县市场监管部门');
    expect(localize('市政府办公室')).toBe('县政府办公室');
    expect(localize('我市城市运行')).toBe('我县城市运行');
  });

  it('applies each phrase once, so replacements never chain', () => {
    expect(localize('市级和县级政府')).toBe('县级和各乡镇政府');
    expect(localize('县级政府负责')).toBe('各乡镇政府负责');
  });

  it('reports where each change was made', () => {
    const result = localizeText('全市上下，我市城市', cityToCounty);
    expect(result.changes).toEqual([
      { index: 0, from: '全市', to: '全县' },
      { index: 5, from: '我市', to: '我县' },
    ]);
  });

  it('uses the organ’s own character: a district says 全区', () => {
    const toDistrict = defaultRuleSet({ level: 'city' }, { level: 'county', char: '区' });
    expect(localizeText('全市安全生产工作', toDistrict).text).toBe('全区安全生产工作');
  });

  it('carries a province notice to a city', () => {
    const provinceToCity = defaultRuleSet({ level: 'province' }, { level: 'city', char: '市' });
    expect(localizeText('全省各市要节省开支，省直各部门配合', provinceToCity).text).toBe('全市各县（市、区）要节省开支，市直各部门配合');
  });

  it('keeps sibling notices unchanged where both sides use the same character', () => {
    const sibling = defaultRuleSet({ level: 'city' }, { level: 'city' });
    expect(sibling.rules).toEqual([]);
    expect(localizeText('全市安全生产', sibling).text).toBe('全市安全生产');
  });

  it('is data a clerk can edit: an added rule applies, a removed one no longer does', () => {
    const edited = localizationRuleSetSchema.parse({
      ...cityToCounty,
      rules: [...cityToCounty.rules.filter((r) => r.from !== '全市'), { from: '市应急局', to: '县应急管理局' }],
    });
    expect(localizeText('全市由市应急局牵头', edited).text).toBe('全市由县应急管理局牵头');
  });
});

describe('responsible units mapped by the level rules', () => {
  it('replaces the leading level character of a unit', () => {
    expect(defaultLocalUnit('市应急局', cityToCounty)).toBe('县应急局');
    expect(defaultLocalUnit('市发展改革委', cityToCounty)).toBe('县发展改革委');
    expect(defaultLocalUnit('市民政局', cityToCounty)).toBe('县民政局');
    expect(defaultLocalUnit('市市场监管局', cityToCounty)).toBe('县市场监管局');
  });

  it('changes the ending where the level’s unit is named differently', () => {
    expect(defaultLocalUnit('市消防救援支队', cityToCounty)).toBe('县消防救援大队');
    const provinceToCity = defaultRuleSet({ level: 'province' }, { level: 'city' });
    expect(defaultLocalUnit('省应急管理厅', provinceToCity)).toBe('市应急管理局');
  });

  it('maps phrases inside unit names and leaves units of no level alone', () => {
    expect(defaultLocalUnit('市安委会有关成员单位', cityToCounty)).toBe('县安委会有关成员单位');
    expect(defaultLocalUnit('各县(市、区)政府', cityToCounty)).toBe('各乡镇政府');
    expect(defaultLocalUnit('市场监管局', cityToCounty)).toBe('市场监管局');
    expect(defaultLocalUnit('大宁金融监管支局', cityToCounty)).toBe('大宁金融监管支局');
  });

  it('prefers the clerk’s learned mapping over the rules', () => {
    expect(mapUnitName('市应急局', cityToCounty, { 市应急局: '县应急管理局' })).toBe('县应急管理局');
    expect(mapUnitName('市水务局', cityToCounty, { 市应急局: '县应急管理局' })).toBe('县水务局');
  });

  it('applies unit names inside running text, the longest name first', () => {
    const units = { 市应急局: '县应急管理局', 市应急局指挥中心: '县应急指挥中心' };
    const text = localizeText('由市应急局、市应急局指挥中心负责', cityToCounty, units).text;
    expect(text).toBe('由县应急管理局、县应急指挥中心负责');
  });
});
