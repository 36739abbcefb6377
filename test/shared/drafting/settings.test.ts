import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminChar, inferAdminLevel, organizationSchema } from '../../../shared/drafting/organization';
import { fillPlaceholders, placeholderNames } from '../../../shared/drafting/placeholders';
import { TEMPLATE_KINDS, defaultTemplateId, templateSchema } from '../../../shared/drafting/templates';
import { fullWidthPunctuation, splitUnitsNote } from '../../../shared/drafting/clauseText';

describe('ORG.json (本机关 settings)', () => {
  const minimal = {
    name: '大宁县人民政府',
    issuerMark: '大宁县人民政府文件',
    agencyCode: '大政发',
    adminLevel: 'county',
    recipients: ['各乡镇', '县直各部门'],
    cc: [],
    printer: '大宁县人民政府办公室',
  };

  it('accepts the issue’s example and fills the optional parts', () => {
    const parsed = organizationSchema.parse(minimal);
    expect(parsed.unitMapping).toEqual({});
  });

  it('rejects a 机关代字 written with year and serial', () => {
    const result = organizationSchema.safeParse({ ...minimal, agencyCode: '大政发〔2025〕1号' });
    expect(result.success).toBe(false);
  });

  it('rejects an unknown level', () => {
    expect(organizationSchema.safeParse({ ...minimal, adminLevel: 'village' }).success).toBe(false);
  });

  it('reads the level character and level from organ names', () => {
    expect(adminChar('大宁县人民政府', 'county')).toBe('县');
    expect(adminChar('阳泉市郊区人民政府', 'county')).toBe('区');
    expect(adminChar('交城县西营镇人民政府', 'township')).toBe('镇');
    expect(inferAdminLevel('山西省人民政府')).toBe('province');
    expect(inferAdminLevel('太原市人民政府办公室')).toBe('city');
    expect(inferAdminLevel('阳城县人民政府')).toBe('county');
    expect(inferAdminLevel('西营镇人民政府')).toBe('township');
  });
});

describe('template placeholders', () => {
  it('fills known names and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{organization}关于{subject}的{kind}', { organization: '大宁县人民政府', subject: '做好防汛工作' })).toBe(
      '大宁县人民政府关于做好防汛工作的{kind}',
    );
  });

  it('leaves no empty brackets when a value is missing', () => {
    expect(
      fillPlaceholders('贯彻落实《{upstreamTitle}》（{upstreamDocNumber}）精神', { upstreamTitle: '关于X的通知', upstreamDocNumber: null }),
    ).toBe('贯彻落实《关于X的通知》精神');
  });

  it('lists the names a sentence uses', () => {
    expect(placeholderNames('{a}和{b}及{a}')).toEqual(['a', 'b']);
  });
});

describe('default templates under resources/templates', () => {
  const dir = resolve(import.meta.dirname, '../../../resources/templates');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has one valid default per kind', () => {
    const templates = files.map((f) => templateSchema.parse(JSON.parse(readFileSync(resolve(dir, f), 'utf8'))));
    expect(templates.map((t) => t.kind).sort()).toEqual([...TEMPLATE_KINDS].sort());
    for (const t of templates) expect(t.id).toBe(defaultTemplateId(t.kind));
  });
});

describe('clause wording', () => {
  it('splits off the trailing unit note, nested brackets included', () => {
    expect(splitUnitsNote('加强跟踪问效。〔市安委会成员单位和各县(市、区)政府负责。以下事项均需县级政府负责,不再一一列明〕')).toEqual({
      body: '加强跟踪问效。',
      unitsNote: '市安委会成员单位和各县(市、区)政府负责。以下事项均需县级政府负责,不再一一列明',
    });
    expect(splitUnitsNote('落实岗位责任（责任单位：县应急局）。').body).toBe('落实岗位责任。');
  });

  it('keeps a trailing bracket that names no unit', () => {
    expect(splitUnitsNote('建设应急避难场所（含临时场所）').unitsNote).toBeNull();
  });

  it('writes half-width punctuation in Chinese text full-width, and leaves numbers alone', () => {
    expect(fullWidthPunctuation('压实安全责任,筑牢防线;校外培训(托管)机构:3.5万元,1,000人')).toBe(
      '压实安全责任，筑牢防线；校外培训（托管）机构：3.5万元，1,000人',
    );
  });
});
