import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../electron/core/units/divisionsDataset';
import { groupKeysOf, groupMemberNames } from '../../../shared/units/groupMembers';
import { jurisdictionOf } from '../../../shared/units/jurisdiction';
import { canonicalUnitName, knownShortForms } from '../../../shared/units/nameForms';
import { resolveUnit, unitDirectory } from '../../../shared/units/resolveUnit';

const index = loadDivisions();
const place = (issuer: string | null, code: string | null = null) => jurisdictionOf(issuer, code, index);

describe('name forms', () => {
  it('brings short forms to one canonical name, the place kept', () => {
    expect(canonicalUnitName('县应急局')).toBe('县应急管理局');
    expect(canonicalUnitName('市发改委')).toBe(canonicalUnitName('市发展改革委'));
    expect(canonicalUnitName('市发展和改革委员会')).toBe('市发展和改革委员会');
    expect(canonicalUnitName('县住建局')).toBe('县住房和城乡建设局');
    expect(canonicalUnitName('各县(市、区)政府')).toBe('各县（市、区）人民政府');
    expect(canonicalUnitName('县人民政府')).toBe('县人民政府');
  });

  it('lists the short forms of a canonical name', () => {
    expect(knownShortForms('大宁县应急管理局')).toEqual(['大宁县应急局']);
  });
});

describe('divisions and jurisdiction', () => {
  it('loads the divisions down to townships from the dataset package', () => {
    const daning = index.named('大宁县')[0];
    expect(daning).toMatchObject({ level: 'county' });
    expect(index.lineage(daning.code).map((d) => d.name)).toEqual(['大宁县', '临汾市', '山西省']);
    expect(index.children(daning.code).map((d) => d.name)).toContain('昕水镇');
  });

  it("reads the issuer's division from its name, else from the 机关代字", () => {
    expect(place('太原市人民政府办公室')?.name).toBe('太原市');
    expect(place(null, '并政发')?.name).toBe('太原市');
    // 阳政发 alone could be 阳泉's or 阳江's: the office's province decides.
    expect(place(null, '阳政发')).toBeNull();
    expect(jurisdictionOf(null, '阳政发', index, index.named('大宁县')[0].code)?.name).toBe('阳泉市');
    expect(place('阳城县人民政府', '阳政发')?.name).toBe('阳城县');
    expect(place('山西省人民政府')?.level).toBe('province');
    expect(place('某某协会', '某协发')).toBeNull();
  });

  it("derives a city's 机关代字 from its name's first character, unique within the office's province", () => {
    const near = (name: string) => index.named(name)[0].code;
    const of = (code: string, office: string) => jurisdictionOf(null, code, index, near(office))?.name ?? null;
    expect(of('石政发', '石家庄市')).toBe('石家庄市');
    expect(of('邯政发', '石家庄市')).toBe('邯郸市');
    // 长 is 长沙 in Hunan and 长治 in Shanxi; 阳 is 阳泉 there, 阳江 in Guangdong.
    expect(of('长政发', '长沙市')).toBe('长沙市');
    expect(of('长政发', '大宁县')).toBe('长治市');
    expect(of('阳府办发', '广州市')).toBe('阳江市');
    // Not unique in Shanxi (晋城, 晋中): 晋 stays the province, as notices show it.
    expect(of('晋政发', '大宁县')).toBe('山西省');
    expect(of('晋市政发', '大宁县')).toBe('晋城市');
    // The issuer's name comes first.
    expect(jurisdictionOf('阳城县人民政府', '阳政发', index, near('大宁县'))?.name).toBe('阳城县');
    expect(index.children('').map((d) => d.level)).toEqual(Array(34).fill('province'));
  });
});

describe('resolving a unit in its notice', () => {
  const taiyuan = { index, home: place('太原市人民政府') };
  const yangquan = { index, home: place('阳泉市人民政府') };
  const daning = { index, home: place('大宁县人民政府') };

  it("reads 市应急局 as the issuing city's bureau", () => {
    expect(resolveUnit('市应急局', taiyuan).name).toBe('太原市应急管理局');
    expect(resolveUnit('市应急局', yangquan).name).toBe('阳泉市应急管理局');
    expect(resolveUnit('市应急局', yangquan).key).toBe(resolveUnit('市应急管理局', yangquan).key);
    expect(resolveUnit('市应急局', taiyuan).key).not.toBe(resolveUnit('市应急局', yangquan).key);
    // 市 in a county's notice is the city above it.
    expect(resolveUnit('市应急局', daning).name).toBe('临汾市应急管理局');
  });

  it('keeps group words as groups and knows the members the divisions give', () => {
    const townships = resolveUnit('各乡镇党委及政府', daning);
    expect(townships).toMatchObject({ kind: 'group', name: '大宁县各乡镇' });
    expect(groupMemberNames(townships, index)).toEqual(['昕水镇', '曲峨镇', '太古镇', '三多乡', '太德乡']);
    const counties = resolveUnit('各县(市、区)政府', taiyuan);
    expect(counties.key).toBe(resolveUnit('县级政府', taiyuan).key);
    expect(groupMemberNames(counties, index)).toContain('清徐县人民政府');
    expect(resolveUnit('县安委会成员单位', daning)).toMatchObject({ kind: 'group', name: '大宁县安委会成员单位' });
    expect(resolveUnit('市级负有安全生产监管职责的部门', taiyuan)).toMatchObject({ kind: 'group', groupId: 'safetyDuty' });
    expect(groupMemberNames(resolveUnit('市级有关部门', taiyuan), index)).toBeNull();
  });

  it('finds the groups a unit belongs to', () => {
    const bureau = resolveUnit('县应急局', daning);
    expect(groupKeysOf(bureau, index)).toContain(resolveUnit('县安委会成员单位', daning).key);
    const town = resolveUnit('昕水镇', daning);
    expect(groupKeysOf(town, index)).toEqual([resolveUnit('各乡镇', daning).key]);
  });

  it("gives the office's own name and aliases from its directory", () => {
    const directory = unitDirectory([{ name: '大宁县应急管理局', aliases: ['县应急管理部门'] }], daning.home, index);
    expect(resolveUnit('县应急管理部门', { ...daning, directory }).name).toBe('大宁县应急管理局');
    expect(resolveUnit('县应急管理部门', { ...daning, directory }).key).toBe(resolveUnit('县应急局', daning).key);
  });

  it('keeps a name with no place or level as written', () => {
    expect(resolveUnit('国家金融监督管理总局阳泉监管分局', yangquan).name).toBe('国家金融监督管理总局阳泉监管分局');
  });
});
